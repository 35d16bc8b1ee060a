SELECT pg_catalog.set_config('search_path', '', false);
SET standard_conforming_strings = on;
CREATE TABLE public.items (id integer NOT NULL, name text);
ALTER TABLE ONLY public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
