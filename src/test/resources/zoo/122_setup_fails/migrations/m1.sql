-- setup_databases.sql itself fails: its line and PostgreSQL's message
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
