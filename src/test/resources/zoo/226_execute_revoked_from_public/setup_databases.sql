-- EXECUTE revoked from PUBLIC on one function only in setup, on another function and a procedure only after migrations
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n + 1';
CREATE FUNCTION add_two(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n + 2';
CREATE PROCEDURE nightly() LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION add_one(integer) FROM PUBLIC;
