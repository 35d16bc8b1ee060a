-- equivalent: EXECUTE PROCEDURE is the old spelling of EXECUTE FUNCTION
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, name text, updated_at timestamptz);
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
DROP TRIGGER IF EXISTS trg_items_touch ON items;
CREATE TRIGGER trg_items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE PROCEDURE touch();
