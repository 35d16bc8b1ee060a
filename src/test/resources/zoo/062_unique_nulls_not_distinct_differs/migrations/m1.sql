-- NULLS NOT DISTINCT only in setup
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, sku text UNIQUE);
