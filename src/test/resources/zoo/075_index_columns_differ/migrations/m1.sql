-- an index of the same name over other columns
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX IF NOT EXISTS idx_items_ab ON items (b, a);
