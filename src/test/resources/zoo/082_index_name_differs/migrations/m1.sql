-- an explicitly chosen index name differs: a warning
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX IF NOT EXISTS items_a_index ON items (a);
