--
-- PostgreSQL database dump
--

\restrict cBKncDflcecCii3xHONsY1hLB6kk6aW4LUOP7YIyT7k7caapaoChZAkpveHnjLN

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

\unrestrict cBKncDflcecCii3xHONsY1hLB6kk6aW4LUOP7YIyT7k7caapaoChZAkpveHnjLN
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='My Shop'"
\restrict cBKncDflcecCii3xHONsY1hLB6kk6aW4LUOP7YIyT7k7caapaoChZAkpveHnjLN

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

\unrestrict cBKncDflcecCii3xHONsY1hLB6kk6aW4LUOP7YIyT7k7caapaoChZAkpveHnjLN

