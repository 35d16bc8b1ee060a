CREATE TABLE IF NOT EXISTS orders (
  id integer PRIMARY KEY,
  status varchar(20) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),
  amount numeric(12,2) DEFAULT 0
);
CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status);
