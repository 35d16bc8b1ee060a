-- storage parameters set by migrations (ALTER ... SET) that setup does not have
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE INDEX orders_status_idx ON orders (status);
CREATE MATERIALIZED VIEW order_counts AS SELECT status, count(*) AS n FROM orders GROUP BY status;
