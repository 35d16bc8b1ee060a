-- the safe spelling: the check added NOT VALID, the old rows repaired, the check validated in a later migration: silent
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
ALTER TABLE items ADD CONSTRAINT items_price_positive CHECK (price > 0) NOT VALID;
UPDATE items SET price = 1 WHERE price <= 0;
ALTER TABLE items VALIDATE CONSTRAINT items_price_positive;
