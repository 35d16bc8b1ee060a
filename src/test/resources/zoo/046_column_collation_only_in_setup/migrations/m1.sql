-- COLLATE "C" only in setup
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v text);
