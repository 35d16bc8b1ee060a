-- equivalent: the same storage parameters in another order, with off for false and 0.10 for 0.1
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL)
  WITH (fillfactor = 70, autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.10);
CREATE INDEX orders_status_idx ON orders (status) WITH (fillfactor = 80, deduplicate_items = off) WHERE status <> 'done';
