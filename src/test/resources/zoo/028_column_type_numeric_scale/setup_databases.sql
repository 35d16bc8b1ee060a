-- numeric(10,2) against numeric(12,4)
CREATE TABLE items (id integer PRIMARY KEY, v numeric(10,2));
