-- a migration with a syntax error fails at its line
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
ALTER TABLE items ADD COLUMN IF NOT EXIST sku text;
