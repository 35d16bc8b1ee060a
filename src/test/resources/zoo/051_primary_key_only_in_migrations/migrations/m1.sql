-- a primary key only a migration declares
CREATE TABLE IF NOT EXISTS items (id integer NOT NULL);
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'items_pkey') THEN ALTER TABLE items ADD PRIMARY KEY (id); END IF; END $$;
