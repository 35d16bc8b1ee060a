-- a default only in setup
CREATE TABLE items (id integer PRIMARY KEY, v integer DEFAULT 1);
