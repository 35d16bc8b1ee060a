-- run-once by default; a migration declared once: false must still survive a second run
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text);
CREATE INDEX customers_email_idx ON customers (email);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id));
CREATE TABLE audit (id integer PRIMARY KEY);
