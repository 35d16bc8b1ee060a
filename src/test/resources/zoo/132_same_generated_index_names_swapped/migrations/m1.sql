-- equivalent: unnamed indexes created in another order get each other's generated names
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, a text);
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = 'items' AND indexname LIKE 'items_%_idx%') THEN CREATE INDEX ON items (upper(a)); CREATE INDEX ON items (lower(a)); END IF; END $$;
