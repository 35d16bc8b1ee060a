-- COLLATE "C" only in setup
CREATE TABLE items (id integer PRIMARY KEY, v text COLLATE "C");
