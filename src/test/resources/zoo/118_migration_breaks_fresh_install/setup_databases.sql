-- a migration that only works on the old schema fails on a fresh install
CREATE TABLE items (id integer PRIMARY KEY, title text);
