-- a default only after migrations
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v integer DEFAULT 1);
