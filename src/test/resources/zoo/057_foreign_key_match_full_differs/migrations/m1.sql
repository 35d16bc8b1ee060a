-- MATCH FULL only after migrations
CREATE TABLE IF NOT EXISTS owners (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, owner_id integer REFERENCES owners (id) MATCH FULL);
