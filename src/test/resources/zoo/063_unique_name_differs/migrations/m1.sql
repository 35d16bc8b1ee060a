-- an explicitly chosen unique constraint name differs: a warning
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, sku text CONSTRAINT items_sku_uq UNIQUE);
