-- IMMUTABLE against VOLATILE
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT amount * 1.19 $$;
