-- a baseline written by pg_dump empties search_path for its own session; psql runs the next file with the default
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE probe_table (id integer PRIMARY KEY);
