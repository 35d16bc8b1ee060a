-- the same columns in another order: info only, PostgreSQL cannot reorder columns
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, b text);
ALTER TABLE items ADD COLUMN IF NOT EXISTS a text;
