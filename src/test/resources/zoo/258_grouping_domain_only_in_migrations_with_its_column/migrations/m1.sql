CREATE TABLE IF NOT EXISTS discounts (id integer PRIMARY KEY, rate numeric(5,2));
DO $$ BEGIN CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER TABLE discounts ALTER COLUMN rate TYPE percent;
