--
-- PostgreSQL database cluster dump
--

\restrict tO7POVGpuwp0sHCQllTxcbOUxkj1Bsqlt4IzeMGngq54yfNAFfstGrutEGNFIju

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE dumper_role;
ALTER ROLE dumper_role WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;

--
-- User Configurations
--








\unrestrict tO7POVGpuwp0sHCQllTxcbOUxkj1Bsqlt4IzeMGngq54yfNAFfstGrutEGNFIju

--
-- Databases
--

--
-- Database "template1" dump
--

\connect template1

--
-- PostgreSQL database dump
--

\restrict ehUX7kcmXxvRk2KzfPEQs6VuL1gIrr9XzOvTL7CiBWxGGNZYofb28AyrK6UsY7C

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- PostgreSQL database dump complete
--

\unrestrict ehUX7kcmXxvRk2KzfPEQs6VuL1gIrr9XzOvTL7CiBWxGGNZYofb28AyrK6UsY7C

--
-- Database "My Shop" dump
--

--
-- PostgreSQL database dump
--

\restrict bq0QozsdN91bngLfXt6B817fFRe7wfd4fIR0VxNCKXmD6XFufoDEnHgn8GKK1Yv

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: My Shop; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "My Shop" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE "My Shop" OWNER TO postgres;

\unrestrict bq0QozsdN91bngLfXt6B817fFRe7wfd4fIR0VxNCKXmD6XFufoDEnHgn8GKK1Yv
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='My Shop'"
\restrict bq0QozsdN91bngLfXt6B817fFRe7wfd4fIR0VxNCKXmD6XFufoDEnHgn8GKK1Yv

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.t (
    a text
);


ALTER TABLE public.t OWNER TO postgres;

--
-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.t (a) FROM stdin;
x
y\\z
\.


--
-- PostgreSQL database dump complete
--

\unrestrict bq0QozsdN91bngLfXt6B817fFRe7wfd4fIR0VxNCKXmD6XFufoDEnHgn8GKK1Yv

--
-- Database "legacy" dump
--

--
-- PostgreSQL database dump
--

\restrict LvDSABT718cNnbDpBtbbTgGk10N3uPfQxTV2QnOhlLSMmcXQHiu97bBL4vqk5Ck

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
-- Name: legacy; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE legacy WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE legacy OWNER TO postgres;

\unrestrict LvDSABT718cNnbDpBtbbTgGk10N3uPfQxTV2QnOhlLSMmcXQHiu97bBL4vqk5Ck
\connect legacy
\restrict LvDSABT718cNnbDpBtbbTgGk10N3uPfQxTV2QnOhlLSMmcXQHiu97bBL4vqk5Ck

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
-- Name: legacy; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER DATABASE legacy SET standard_conforming_strings TO 'off';


\unrestrict LvDSABT718cNnbDpBtbbTgGk10N3uPfQxTV2QnOhlLSMmcXQHiu97bBL4vqk5Ck
\connect legacy
\restrict LvDSABT718cNnbDpBtbbTgGk10N3uPfQxTV2QnOhlLSMmcXQHiu97bBL4vqk5Ck

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

\unrestrict LvDSABT718cNnbDpBtbbTgGk10N3uPfQxTV2QnOhlLSMmcXQHiu97bBL4vqk5Ck

--
-- Database "postgres" dump
--

\connect postgres

--
-- PostgreSQL database dump
--

\restrict LyD1rBkFwMBOUI41b77Oh1SEb9WM4jeWb4bOnJMulgbm9Z0355RVXoNhVuHQ1od

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- PostgreSQL database dump complete
--

\unrestrict LyD1rBkFwMBOUI41b77Oh1SEb9WM4jeWb4bOnJMulgbm9Z0355RVXoNhVuHQ1od

--
-- Database "shop" dump
--

--
-- PostgreSQL database dump
--

\restrict adqAlLwSRdjXxX3zabATsPYsTTDkMgcPiSGYWHjFyI1fSBbf2e5e7tVd7kVBCSX

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: shop; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE shop WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE shop OWNER TO postgres;

\unrestrict adqAlLwSRdjXxX3zabATsPYsTTDkMgcPiSGYWHjFyI1fSBbf2e5e7tVd7kVBCSX
\connect shop
\restrict adqAlLwSRdjXxX3zabATsPYsTTDkMgcPiSGYWHjFyI1fSBbf2e5e7tVd7kVBCSX

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: shop; Type: DATABASE PROPERTIES; Schema: -; Owner: postgres
--

ALTER DATABASE shop SET search_path TO 'app', 'public';


\unrestrict adqAlLwSRdjXxX3zabATsPYsTTDkMgcPiSGYWHjFyI1fSBbf2e5e7tVd7kVBCSX
\connect shop
\restrict adqAlLwSRdjXxX3zabATsPYsTTDkMgcPiSGYWHjFyI1fSBbf2e5e7tVd7kVBCSX

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.mood AS ENUM (
    'sad',
    'ok'
);


ALTER TYPE app.mood OWNER TO postgres;

--
-- Name: f(integer); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.f(x integer) RETURNS text
    LANGUAGE plpgsql
    AS $$BEGIN RETURN 'it''s ' || x || E'\\'; END$$;


ALTER FUNCTION app.f(x integer) OWNER TO postgres;

--
-- Name: g(integer); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.g(x integer) RETURNS integer
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT (x + 1);
 SELECT (x + 2);
END;


ALTER FUNCTION app.g(x integer) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: empty; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.empty (
    id integer
);


ALTER TABLE app.empty OWNER TO postgres;

--
-- Name: item; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.item (
    id integer NOT NULL,
    name text NOT NULL,
    note text,
    price numeric(10,2),
    tags text[],
    mood app.mood,
    data jsonb,
    raw bytea
);


ALTER TABLE app.item OWNER TO postgres;

--
-- Name: TABLE item; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON TABLE app.item IS 'a comment with \ backslash and ''quote''';


--
-- Name: s; Type: SEQUENCE; Schema: app; Owner: postgres
--

CREATE SEQUENCE app.s
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.s OWNER TO postgres;

--
-- Name: v; Type: VIEW; Schema: app; Owner: postgres
--

CREATE VIEW app.v AS
 SELECT item.id,
    (item.name || '\'::text) AS n
   FROM app.item;


ALTER TABLE app.v OWNER TO postgres;

--
-- Data for Name: empty; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.empty (id) FROM stdin;
\.


--
-- Data for Name: item; Type: TABLE DATA; Schema: app; Owner: postgres
--

COPY app.item (id, name, note, price, tags, mood, data, raw) FROM stdin;
1	plain	\N	1.50	{a,b}	ok	{"k": "v"}	\\x00ff
2	tab\there	back\\slash and 'quote'	2.00	{}	sad	[1, 2]	\\x616263
3	multi\nline	\\.	3.00	\N	\N	null	\N
4	semi; colon -- not comment	/* x */	4.00	{"x y"}	ok	{"a": "\\\\u00e9"}	\\x5c2e
\.


--
-- Name: s; Type: SEQUENCE SET; Schema: app; Owner: postgres
--

SELECT pg_catalog.setval('app.s', 42, true);


--
-- Name: item item_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);


--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA app TO dumper_role;


--
-- PostgreSQL database dump complete
--

\unrestrict adqAlLwSRdjXxX3zabATsPYsTTDkMgcPiSGYWHjFyI1fSBbf2e5e7tVd7kVBCSX

--
-- Database "we'ird\db" dump
--

--
-- PostgreSQL database dump
--

\restrict w2vUJj1F8Ie5ZHTFLRl24bhhu7qdwXvtefjEMVWHy9pojAzBCBYwaBq6P3QqQPD

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: we'ird\db; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE "we'ird\db" WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C.UTF-8';


ALTER DATABASE "we'ird\db" OWNER TO postgres;

\unrestrict w2vUJj1F8Ie5ZHTFLRl24bhhu7qdwXvtefjEMVWHy9pojAzBCBYwaBq6P3QqQPD
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='we\'ird\\db'"
\restrict w2vUJj1F8Ie5ZHTFLRl24bhhu7qdwXvtefjEMVWHy9pojAzBCBYwaBq6P3QqQPD

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- PostgreSQL database dump complete
--

\unrestrict w2vUJj1F8Ie5ZHTFLRl24bhhu7qdwXvtefjEMVWHy9pojAzBCBYwaBq6P3QqQPD

--
-- PostgreSQL database cluster dump complete
--

