UPDATE items SET name = '' WHERE name IS NULL;
ALTER TABLE items ADD CONSTRAINT items_name_not_null CHECK (name IS NOT NULL) NOT VALID;
