-- a table only setup creates, with a foreign key, a unique constraint, a check, statistics, a rule and comments: one root cause, each part related
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE invoices (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id),
  number text NOT NULL UNIQUE,
  total numeric(12,2) NOT NULL CHECK (total >= 0),
  issued_on date NOT NULL
);
CREATE STATISTICS invoices_customer_day ON customer_id, issued_on FROM invoices;
CREATE RULE invoices_no_delete AS ON DELETE TO invoices DO INSTEAD NOTHING;
COMMENT ON TABLE invoices IS 'what was billed';
COMMENT ON COLUMN invoices.total IS 'gross';
