-- a check only setup declares
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, qty integer);
