-- a function comment only in setup: a warning
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.19 $$;
