-- storage parameters of a table, an index and a materialized view set in setup, other or none after migrations
CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, status text NOT NULL) WITH (fillfactor = 90);
CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status);
CREATE MATERIALIZED VIEW IF NOT EXISTS order_counts AS SELECT status, count(*) AS n FROM orders GROUP BY status;
