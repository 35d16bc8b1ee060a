-- a domain only a migration creates
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'percent') THEN CREATE DOMAIN percent AS integer NOT NULL DEFAULT 0 CHECK (VALUE BETWEEN 0 AND 100); END IF; END $$;
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
