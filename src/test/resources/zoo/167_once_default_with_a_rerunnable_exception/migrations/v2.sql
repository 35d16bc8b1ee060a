ALTER TABLE customers ADD COLUMN email text;
CREATE INDEX customers_email_idx ON customers (email);
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
