-- a migration of its own: the runner refuses CONCURRENTLY mixed with other statements
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_items_name ON items (name);
