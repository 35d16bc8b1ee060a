CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, name text NOT NULL);
