-- an unnamed CREATE INDEX creates a second index when applied twice
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE INDEX items_name_idx ON items (name);
