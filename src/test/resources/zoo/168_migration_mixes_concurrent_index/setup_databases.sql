-- a migration that mixes CREATE INDEX CONCURRENTLY with other statements is refused before it starts
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE INDEX idx_items_name ON items (name);
