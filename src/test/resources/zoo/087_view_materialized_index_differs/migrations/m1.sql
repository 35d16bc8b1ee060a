-- an index on a materialized view only setup creates
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE MATERIALIZED VIEW IF NOT EXISTS live_items AS SELECT id, a FROM items WHERE deleted_at IS NULL;
