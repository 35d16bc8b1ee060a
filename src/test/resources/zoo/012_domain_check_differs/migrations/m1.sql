-- a domain's check constraint differs
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'percent') THEN CREATE DOMAIN percent AS integer NOT NULL DEFAULT 0 CHECK (VALUE BETWEEN 0 AND 1000); END IF; END $$;
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
