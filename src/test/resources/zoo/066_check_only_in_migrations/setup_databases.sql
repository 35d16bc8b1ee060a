-- a check a migration adds in a DO block
CREATE TABLE items (id integer PRIMARY KEY, qty integer);
