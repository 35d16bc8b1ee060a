-- a unique constraint only setup declares
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, sku text);
