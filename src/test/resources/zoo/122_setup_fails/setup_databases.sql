-- setup_databases.sql itself fails: its line and PostgreSQL's message
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE INDEX idx_items_missing ON items (no_such_column);
