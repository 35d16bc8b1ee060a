-- an unnamed CREATE INDEX creates a second index when applied twice
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE INDEX ON items (name);
