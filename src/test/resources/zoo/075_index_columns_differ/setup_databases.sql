-- an index of the same name over other columns
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE INDEX idx_items_ab ON items (a, b);
