-- the safe spelling: the unique index built concurrently, then the key added USING INDEX on a NOT NULL column
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
CREATE TABLE notes (id serial NOT NULL, body text);
CREATE UNIQUE INDEX CONCURRENTLY notes_pkey ON notes (id);
ALTER TABLE notes ADD CONSTRAINT notes_pkey PRIMARY KEY USING INDEX notes_pkey;
