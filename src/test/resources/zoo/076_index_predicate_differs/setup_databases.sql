-- a partial index with another predicate
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX idx_items_live ON items (a) WHERE deleted_at IS NULL;
