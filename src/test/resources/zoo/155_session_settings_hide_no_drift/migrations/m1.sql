CREATE SCHEMA IF NOT EXISTS app;
SET search_path = app;
SET standard_conforming_strings = off;
CREATE TABLE IF NOT EXISTS accounts (id integer PRIMARY KEY);
