-- storage parameters set by migrations (ALTER ... SET) that setup does not have
CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status);
CREATE MATERIALIZED VIEW IF NOT EXISTS order_counts AS SELECT status, count(*) AS n FROM orders GROUP BY status;
ALTER TABLE orders SET (autovacuum_vacuum_scale_factor = 0.02, toast_tuple_target = 256);
ALTER INDEX orders_status_idx SET (deduplicate_items = off);
ALTER MATERIALIZED VIEW order_counts SET (autovacuum_enabled = false);
