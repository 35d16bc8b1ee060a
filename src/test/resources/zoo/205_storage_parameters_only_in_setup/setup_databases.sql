-- storage parameters of a table, an index and a materialized view set in setup, other or none after migrations
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE INDEX orders_status_idx ON orders (status) WITH (fillfactor = 80);
CREATE MATERIALIZED VIEW order_counts WITH (fillfactor = 50) AS SELECT status, count(*) AS n FROM orders GROUP BY status;
