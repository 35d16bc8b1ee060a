-- a unique constraint only a migration declares
CREATE TABLE items (id integer PRIMARY KEY, sku text);
