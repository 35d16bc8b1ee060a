-- STRICT only after migrations
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT amount * 1.19 $$;
