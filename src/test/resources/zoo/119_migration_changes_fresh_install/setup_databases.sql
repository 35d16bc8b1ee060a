-- a migration re-adds a column a later migration drops
CREATE TABLE items (id integer PRIMARY KEY);
