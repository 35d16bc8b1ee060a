-- runs outside a transaction (V4__orders_by_status.sql.conf), as CONCURRENTLY must
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status) WHERE status <> 'shipped';
