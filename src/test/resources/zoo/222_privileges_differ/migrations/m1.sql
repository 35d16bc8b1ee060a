-- the same grantees with other privileges: more on a table, no grant option on a view, fewer on a schema
CREATE ROLE app_clerk NOLOGIN;
CREATE SCHEMA IF NOT EXISTS billing;
CREATE TABLE IF NOT EXISTS billing.orders (id bigint PRIMARY KEY, total numeric NOT NULL);
CREATE OR REPLACE VIEW billing.big_orders AS SELECT id, total FROM billing.orders WHERE total > 1000;
GRANT SELECT, INSERT, UPDATE ON billing.orders TO app_clerk;
GRANT SELECT ON billing.big_orders TO app_clerk;
GRANT USAGE ON SCHEMA billing TO app_clerk;
