-- a partial index with another predicate
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX IF NOT EXISTS idx_items_live ON items (a) WHERE deleted_at IS NOT NULL;
