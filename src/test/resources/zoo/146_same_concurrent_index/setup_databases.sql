-- equivalent: CREATE INDEX CONCURRENTLY in a migration runs outside the transaction
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE INDEX idx_items_name ON items (name);
