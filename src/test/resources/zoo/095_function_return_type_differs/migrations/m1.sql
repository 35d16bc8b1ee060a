-- returns double precision instead of numeric
DROP FUNCTION IF EXISTS add_tax(numeric);
CREATE FUNCTION add_tax(amount numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT (amount * 1.19)::double precision $$;
