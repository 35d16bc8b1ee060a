-- the body-layout rule never touches string literals: a changed literal is a difference
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.19 $$;
