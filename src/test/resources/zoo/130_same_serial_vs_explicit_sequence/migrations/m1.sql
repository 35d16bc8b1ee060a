-- equivalent: serial is an integer with an owned sequence and a nextval default
CREATE SEQUENCE IF NOT EXISTS items_id_seq AS integer;
CREATE TABLE IF NOT EXISTS items (id integer NOT NULL DEFAULT nextval('items_id_seq') PRIMARY KEY);
ALTER SEQUENCE items_id_seq OWNED BY items.id;
