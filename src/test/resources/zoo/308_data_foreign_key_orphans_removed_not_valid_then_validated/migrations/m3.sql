ALTER TABLE items VALIDATE CONSTRAINT items_customer_fk;
