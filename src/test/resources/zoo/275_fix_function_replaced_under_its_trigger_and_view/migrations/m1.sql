CREATE FUNCTION audit_v2() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION label_v2(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT 'n' || n$$;
CREATE SEQUENCE new_ids;
CREATE TABLE items (id integer PRIMARY KEY DEFAULT nextval('new_ids'), n integer);
CREATE TRIGGER audit BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION audit_v2();
CREATE VIEW labels AS SELECT label_v2(n) AS label FROM items;
