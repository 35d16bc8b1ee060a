-- DESC NULLS LAST against the default order
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX idx_items_a ON items (a DESC NULLS LAST);
