-- if the index build failed, the table would stay applied without a ledger row: refused
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_items_name ON items (name);
