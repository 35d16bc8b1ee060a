-- ADD COLUMN without IF NOT EXISTS fails when applied twice
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, sku text);
