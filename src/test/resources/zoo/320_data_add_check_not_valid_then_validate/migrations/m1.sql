ALTER TABLE items ADD CONSTRAINT items_qty_sane CHECK (qty >= -1) NOT VALID;
