-- an extension installed by setup only
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
