--
-- PostgreSQL database dump
--

\restrict ao2StERy53DGxgq9Wcg6tRO2XuBlbtkzj8bWHzWCTtmdYgIyE6BAwdCxdShOSfb

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

\unrestrict ao2StERy53DGxgq9Wcg6tRO2XuBlbtkzj8bWHzWCTtmdYgIyE6BAwdCxdShOSfb

