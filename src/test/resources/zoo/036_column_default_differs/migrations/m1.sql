-- a different default value
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v integer DEFAULT 2);
