-- only a table to start from; the migration adds a web of objects that depend on each other
CREATE TABLE base (id integer PRIMARY KEY);
