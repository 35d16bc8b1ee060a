-- equivalent: CREATE INDEX CONCURRENTLY in a migration runs outside the transaction
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
