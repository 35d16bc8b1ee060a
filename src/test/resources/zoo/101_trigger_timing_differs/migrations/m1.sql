-- BEFORE against AFTER
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, name text, updated_at timestamptz);
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
DROP TRIGGER IF EXISTS trg_items_touch ON items;
CREATE TRIGGER trg_items_touch AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
