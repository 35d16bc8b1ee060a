--
-- PostgreSQL database dump
--

\restrict vD9A8Y90eRe0eSLLhdgqac0GjogFZeehY26eYWRb7TljNOblLPxVUTk8s3SvTfZ

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = off;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET escape_string_warning = off;
SET row_security = off;

--
-- Name: f(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.f() RETURNS text
    LANGUAGE sql
    AS $$SELECT 'a\\b'$$;


ALTER FUNCTION public.f() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.note (
    id integer,
    body text DEFAULT 'it''s a \\ default'::text,
    CONSTRAINT note_body_check CHECK ((body <> '\\'::text))
);


ALTER TABLE public.note OWNER TO postgres;

--
-- Name: TABLE note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.note IS 'it''s \\ here; really';


--
-- Name: v; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v AS
 SELECT (note.body || '\\;'::text) AS x
   FROM public.note;


ALTER TABLE public.v OWNER TO postgres;

--
-- Data for Name: note; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.note (id, body) FROM stdin;
1	back\\slash
2	quote's;
\.


--
-- PostgreSQL database dump complete
--

\unrestrict vD9A8Y90eRe0eSLLhdgqac0GjogFZeehY26eYWRb7TljNOblLPxVUTk8s3SvTfZ

