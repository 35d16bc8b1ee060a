-- equivalent: ALL and the expanded list, any grant order, one statement or several, grant then partial revoke, ALL TABLES IN SCHEMA, owners' own privileges
CREATE ROLE app_same NOLOGIN;
CREATE SCHEMA IF NOT EXISTS shop;
CREATE TABLE IF NOT EXISTS shop.items (id bigint PRIMARY KEY, name text, price numeric);
CREATE TABLE IF NOT EXISTS shop.carts (id bigint PRIMARY KEY);
CREATE SEQUENCE IF NOT EXISTS shop.cart_numbers;
CREATE OR REPLACE FUNCTION shop.total() RETURNS numeric LANGUAGE sql AS 'SELECT sum(price) FROM shop.items';
DO $$ BEGIN CREATE TYPE shop.size AS ENUM ('s', 'm', 'l'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT CREATE, USAGE ON SCHEMA shop TO app_same;
-- the expanded list of every table privilege this server knows (MAINTAIN from PostgreSQL 17)
DO $$
BEGIN
  EXECUTE 'GRANT TRUNCATE, REFERENCES, TRIGGER, DELETE, UPDATE, INSERT, SELECT'
    || CASE WHEN current_setting('server_version_num')::int >= 170000 THEN ', MAINTAIN' ELSE '' END
    || ' ON shop.items TO app_same';
END $$;
GRANT ALL ON ALL TABLES IN SCHEMA shop TO PUBLIC;
REVOKE ALL ON shop.items FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON shop.carts FROM PUBLIC;
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 170000 THEN
    EXECUTE 'REVOKE MAINTAIN ON shop.carts FROM PUBLIC';
  END IF;
END $$;
GRANT INSERT ON shop.carts TO app_same;
GRANT SELECT ON shop.carts TO app_same;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE shop.cart_numbers TO app_same WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION shop.total() TO app_same;
GRANT USAGE ON TYPE shop.size TO app_same;
GRANT UPDATE (price), SELECT (price) ON shop.items TO PUBLIC;
GRANT SELECT (name) ON shop.items TO PUBLIC;
