-- equivalent: the same storage parameters in another order, with off for false and 0.10 for 0.1
CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, status text NOT NULL)
  WITH (autovacuum_vacuum_scale_factor = 0.1, autovacuum_enabled = off, fillfactor = 70);
CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status) WITH (deduplicate_items = false, fillfactor = 80)
  WHERE status <> 'done';
