ALTER TABLE items VALIDATE CONSTRAINT items_price_positive;
