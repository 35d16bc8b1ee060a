CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, mood text);
CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, body varchar(10));
DO $$ BEGIN CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER TABLE people ALTER COLUMN mood TYPE mood USING mood::mood;
ALTER TABLE notes ALTER COLUMN body TYPE varchar(20);
