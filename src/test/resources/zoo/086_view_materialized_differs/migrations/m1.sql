-- a materialized view in setup, a view after migrations
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE OR REPLACE VIEW live_items AS SELECT id, a FROM items WHERE deleted_at IS NULL;
