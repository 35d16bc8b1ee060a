-- another tax rate in the body
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.20 $$;
