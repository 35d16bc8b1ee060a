-- a unique constraint only setup declares
CREATE TABLE items (id integer PRIMARY KEY, sku text UNIQUE);
