-- a primary key only a migration declares
CREATE TABLE items (id integer NOT NULL);
