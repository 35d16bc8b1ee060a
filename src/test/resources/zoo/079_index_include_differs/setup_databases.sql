-- INCLUDE columns only in setup
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX idx_items_a ON items (a) INCLUDE (b);
