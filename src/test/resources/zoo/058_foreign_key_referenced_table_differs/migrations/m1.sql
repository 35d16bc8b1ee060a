-- the same column references another table
CREATE TABLE IF NOT EXISTS owners (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS others (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, owner_id integer CONSTRAINT fk_items_owner REFERENCES others (id));
