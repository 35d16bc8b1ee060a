-- a generated column in setup, a plain one after migrations
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, price numeric, gross numeric);
