-- an explicitly chosen unique constraint name differs: a warning
CREATE TABLE items (id integer PRIMARY KEY, sku text CONSTRAINT uq_items_sku UNIQUE);
