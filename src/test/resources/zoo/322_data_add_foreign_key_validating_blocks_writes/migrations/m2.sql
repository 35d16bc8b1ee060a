ALTER TABLE items ADD CONSTRAINT items_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
