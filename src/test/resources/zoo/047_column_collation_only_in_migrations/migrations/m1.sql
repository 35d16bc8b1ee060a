-- COLLATE "C" only after migrations
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v text COLLATE "C");
