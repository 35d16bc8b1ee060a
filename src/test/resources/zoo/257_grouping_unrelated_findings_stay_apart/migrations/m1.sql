CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, name text);
CREATE INDEX IF NOT EXISTS idx_items_name ON items (name);
CREATE TABLE IF NOT EXISTS events (id bigint NOT NULL, happened_on date NOT NULL) PARTITION BY RANGE (happened_on);
CREATE TABLE IF NOT EXISTS events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON TABLE events IS 'every event';
COMMENT ON TABLE events_2024 IS 'the events of 2024';
DO $$ BEGIN CREATE TYPE mood AS ENUM ('sad', 'happy'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, mood mood);
ALTER TABLE people ALTER COLUMN mood TYPE text;
