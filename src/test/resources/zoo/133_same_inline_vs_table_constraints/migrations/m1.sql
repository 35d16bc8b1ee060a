-- equivalent: inline PRIMARY KEY, REFERENCES and UNIQUE against table constraints added later
CREATE TABLE IF NOT EXISTS owners (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS items (id integer NOT NULL, owner_id integer, sku text);
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'items_pkey') THEN
    ALTER TABLE items ADD PRIMARY KEY (id);
    ALTER TABLE items ADD FOREIGN KEY (owner_id) REFERENCES owners (id);
    ALTER TABLE items ADD UNIQUE (sku);
  END IF;
END
$$;
