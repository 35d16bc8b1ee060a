ALTER TABLE items ADD CONSTRAINT items_price_positive CHECK (price > 0);
