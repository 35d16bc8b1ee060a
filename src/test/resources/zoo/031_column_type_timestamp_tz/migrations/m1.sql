-- timestamp without against with time zone
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v timestamptz);
