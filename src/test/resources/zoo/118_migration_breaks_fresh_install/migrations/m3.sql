DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'name') THEN
    ALTER TABLE items RENAME COLUMN name TO title;
  END IF;
END
$$;
