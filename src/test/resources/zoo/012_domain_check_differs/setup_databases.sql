-- a domain's check constraint differs
CREATE DOMAIN percent AS integer NOT NULL DEFAULT 0 CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
