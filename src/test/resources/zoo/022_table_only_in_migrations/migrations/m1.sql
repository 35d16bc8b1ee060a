-- a table a migration adds that setup forgot (the usual mistake)
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE IF NOT EXISTS tags (id integer PRIMARY KEY, label text);
