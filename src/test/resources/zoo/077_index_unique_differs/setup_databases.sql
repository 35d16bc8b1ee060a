-- a unique index in setup, a plain one after migrations
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE UNIQUE INDEX idx_items_a ON items (a);
