-- a check a migration adds in a DO block
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, qty integer);
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'items_qty_positive') THEN
    ALTER TABLE items ADD CONSTRAINT items_qty_positive CHECK (qty >= 0);
  END IF;
END
$$;
