-- COLLATE "C" only after migrations
CREATE TABLE items (id integer PRIMARY KEY, v text);
