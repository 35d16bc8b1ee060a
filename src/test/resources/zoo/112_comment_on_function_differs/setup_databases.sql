-- a function comment only in setup: a warning
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.19 $$;
COMMENT ON FUNCTION add_tax(numeric) IS 'Adds 19 % VAT';
