-- equivalent: a column built by ADD COLUMN, SET DEFAULT and SET NOT NULL in a migration
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY);
ALTER TABLE items ADD COLUMN IF NOT EXISTS sku varchar(20);
ALTER TABLE items ALTER COLUMN sku TYPE varchar(40);
ALTER TABLE items ALTER COLUMN sku SET DEFAULT 'n/a';
UPDATE items SET sku = 'n/a' WHERE sku IS NULL;
ALTER TABLE items ALTER COLUMN sku SET NOT NULL;
