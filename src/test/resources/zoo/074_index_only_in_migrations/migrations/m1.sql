-- an index a migration adds that setup forgot
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX IF NOT EXISTS idx_items_a ON items (a);
