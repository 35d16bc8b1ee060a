-- a column comment only after migrations: a warning
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
COMMENT ON COLUMN items.name IS 'Display name';
