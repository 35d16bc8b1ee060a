-- EXECUTE revoked from PUBLIC on one function only in setup, on another function and a procedure only after migrations
CREATE OR REPLACE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n + 1';
CREATE OR REPLACE FUNCTION add_two(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n + 2';
CREATE OR REPLACE PROCEDURE nightly() LANGUAGE sql AS 'SELECT 1';
REVOKE ALL ON FUNCTION add_two(int4) FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE nightly FROM PUBLIC;
