-- ADD COLUMN without IF NOT EXISTS fails when applied twice
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
ALTER TABLE items ADD COLUMN sku text;
