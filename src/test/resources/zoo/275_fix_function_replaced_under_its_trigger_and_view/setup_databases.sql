-- functions used by a trigger, a view and a default, all replaced by other functions in the migration
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION label(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT 'n' || n$$;
CREATE SEQUENCE old_ids;
CREATE TABLE items (id integer PRIMARY KEY DEFAULT nextval('old_ids'), n integer);
CREATE TRIGGER audit BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION audit();
CREATE VIEW labels AS SELECT label(n) AS label FROM items;
