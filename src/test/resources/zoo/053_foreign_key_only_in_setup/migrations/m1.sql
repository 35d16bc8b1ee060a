-- a foreign key only setup declares
CREATE TABLE IF NOT EXISTS owners (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, owner_id integer);
