-- plpgsql instead of sql
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN amount * 1.19; END $$;
