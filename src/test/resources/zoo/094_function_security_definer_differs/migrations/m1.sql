-- SECURITY DEFINER only after migrations
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE SECURITY DEFINER AS $$ SELECT amount * 1.19 $$;
