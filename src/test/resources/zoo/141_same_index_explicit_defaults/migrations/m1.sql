-- equivalent: USING btree and ASC spelled out
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text);
CREATE INDEX IF NOT EXISTS idx_items_a ON items USING btree (a ASC NULLS LAST);
