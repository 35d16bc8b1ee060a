-- the safe spelling: a CHECK (name IS NOT NULL) added NOT VALID and validated separately lets SET NOT NULL skip its scan
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email character varying(64) UNIQUE);
CREATE TABLE items (
  id integer PRIMARY KEY,
  customer_id integer,
  name text,
  code text NOT NULL,
  label character varying(50),
  qty integer NOT NULL,
  price numeric(10,2)
);
UPDATE items SET name = '' WHERE name IS NULL;
ALTER TABLE items ADD CONSTRAINT items_name_not_null CHECK (name IS NOT NULL) NOT VALID;
ALTER TABLE items VALIDATE CONSTRAINT items_name_not_null;
ALTER TABLE items ALTER COLUMN name SET NOT NULL;
ALTER TABLE items DROP CONSTRAINT items_name_not_null;
