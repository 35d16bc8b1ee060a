-- one-shot upgrade scripts, declared run-once, verify clean when the schema agrees
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text);
CREATE INDEX customers_email_idx ON customers (email);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id));
