-- MATCH FULL only after migrations
CREATE TABLE owners (id integer PRIMARY KEY);
CREATE TABLE items (id integer PRIMARY KEY, owner_id integer REFERENCES owners (id));
