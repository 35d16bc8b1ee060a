-- a primary key only setup declares
CREATE TABLE items (id integer PRIMARY KEY);
