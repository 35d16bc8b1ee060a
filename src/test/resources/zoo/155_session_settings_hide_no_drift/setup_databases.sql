-- a migration sets search_path and turns standard_conforming_strings off; a real difference after it is still found
CREATE SCHEMA app;
CREATE TABLE app.accounts (id integer PRIMARY KEY);
CREATE TABLE notes (id integer PRIMARY KEY, body varchar(100));
