-- an index on a materialized view only setup creates
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE MATERIALIZED VIEW live_items AS SELECT id, a FROM items WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX idx_live_items_id ON live_items (id);
