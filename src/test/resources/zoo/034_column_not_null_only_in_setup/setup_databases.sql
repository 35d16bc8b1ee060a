-- NOT NULL only in setup
CREATE TABLE items (id integer PRIMARY KEY, v text NOT NULL);
