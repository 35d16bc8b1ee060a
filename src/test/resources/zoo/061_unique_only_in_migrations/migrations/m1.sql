-- a unique constraint only a migration declares
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, sku text UNIQUE);
