-- a cast that accepts every value no longer fails, but a type change rewrites the table: measured, a warning
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
-- keeps the digits of each value; a value without any becomes 0
ALTER TABLE items ALTER COLUMN code TYPE integer
  USING coalesce(nullif(regexp_replace(code, '[^0-9]', '', 'g'), '')::integer, 0);
