-- a foreign key only a migration adds
CREATE TABLE IF NOT EXISTS owners (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, owner_id integer);
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'items_owner_id_fkey') THEN ALTER TABLE items ADD FOREIGN KEY (owner_id) REFERENCES owners (id); END IF; END $$;
