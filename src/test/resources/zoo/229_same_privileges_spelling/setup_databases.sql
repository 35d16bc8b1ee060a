-- equivalent: ALL and the expanded list, any grant order, one statement or several, grant then partial revoke, ALL TABLES IN SCHEMA, owners' own privileges
CREATE ROLE app_same NOLOGIN;
CREATE SCHEMA shop;
CREATE TABLE shop.items (id bigint PRIMARY KEY, name text, price numeric);
CREATE TABLE shop.carts (id bigint PRIMARY KEY);
CREATE SEQUENCE shop.cart_numbers;
CREATE FUNCTION shop.total() RETURNS numeric LANGUAGE sql AS 'SELECT sum(price) FROM shop.items';
CREATE TYPE shop.size AS ENUM ('s', 'm', 'l');
GRANT ALL ON SCHEMA shop TO app_same;
GRANT ALL PRIVILEGES ON shop.items TO app_same;
GRANT SELECT, INSERT ON shop.carts TO app_same, PUBLIC;
GRANT ALL ON SEQUENCE shop.cart_numbers TO app_same WITH GRANT OPTION;
GRANT ALL ON FUNCTION shop.total() TO app_same;
GRANT ALL ON TYPE shop.size TO app_same;
GRANT SELECT (name, price), UPDATE (price) ON shop.items TO PUBLIC;
GRANT ALL ON shop.items TO CURRENT_USER;
