-- UPDATE against INSERT OR UPDATE
CREATE TABLE items (id integer PRIMARY KEY, name text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER trg_items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
