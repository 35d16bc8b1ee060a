-- equivalent: public.items and items are the same table
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, owner_id integer);
CREATE INDEX IF NOT EXISTS idx_items_owner ON items (owner_id);
