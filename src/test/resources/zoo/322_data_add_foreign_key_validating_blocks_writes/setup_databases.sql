-- a foreign key added without NOT VALID scans the rows under SHARE ROW EXCLUSIVE on both tables: warnings
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
DELETE FROM items WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT id FROM customers);
ALTER TABLE items ADD CONSTRAINT items_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
