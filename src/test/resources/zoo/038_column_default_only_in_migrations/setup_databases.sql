-- a default only after migrations
CREATE TABLE items (id integer PRIMARY KEY, v integer);
