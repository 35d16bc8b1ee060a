-- equivalent: a view written with column aliases, a qualified table and parentheses deparses the same
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE VIEW live_items AS SELECT id, a FROM items WHERE deleted_at IS NULL;
