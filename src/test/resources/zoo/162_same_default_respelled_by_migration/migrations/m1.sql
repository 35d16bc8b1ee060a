CREATE TABLE IF NOT EXISTS events (id integer PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), kind varchar(10));
ALTER TABLE events ALTER COLUMN created_at SET DEFAULT now();
ALTER TABLE events ALTER COLUMN kind SET DEFAULT 'info'::text;
