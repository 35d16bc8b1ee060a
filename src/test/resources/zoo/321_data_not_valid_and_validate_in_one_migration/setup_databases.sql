-- NOT VALID and VALIDATE in the same migration gain nothing: the lock ADD CONSTRAINT took is held while VALIDATE scans
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
ALTER TABLE items ADD CONSTRAINT items_qty_sane CHECK (qty >= -1) NOT VALID;
ALTER TABLE items VALIDATE CONSTRAINT items_qty_sane;
