-- a foreign key and a check left NOT VALID in setup, validated by the migrations
CREATE TABLE IF NOT EXISTS customers (id bigint PRIMARY KEY);
CREATE TABLE IF NOT EXISTS orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  total numeric NOT NULL,
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
  CONSTRAINT orders_total_check CHECK (total >= 0)
);
