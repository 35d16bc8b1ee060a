-- a multi-column unique constraint over other columns
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, CONSTRAINT uq_items UNIQUE (a));
