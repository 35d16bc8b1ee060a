-- equivalent: a view written with column aliases, a qualified table and parentheses deparses the same
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
CREATE OR REPLACE VIEW live_items AS SELECT items.id AS id, items.a AS a FROM public.items WHERE (items.deleted_at IS NULL);
