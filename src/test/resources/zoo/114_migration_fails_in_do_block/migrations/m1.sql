-- a migration failing inside a DO block points at the line in the block
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
DO $$
BEGIN
  IF true THEN
    ALTER TABLE items ADD COLUMN sku texxt;
  END IF;
END
$$;
