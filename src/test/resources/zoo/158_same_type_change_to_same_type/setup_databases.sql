-- a migration changes a column to the type it already has: no change, on a fresh install either
CREATE TABLE orders (
  id integer PRIMARY KEY,
  status varchar(20) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),
  amount numeric(12,2) DEFAULT 0
);
CREATE INDEX orders_status_idx ON orders (status);
