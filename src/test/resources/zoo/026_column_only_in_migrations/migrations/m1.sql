-- a column a migration adds that setup forgot
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
ALTER TABLE items ADD COLUMN IF NOT EXISTS sku text;
