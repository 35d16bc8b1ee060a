-- a primary key only setup declares
CREATE TABLE IF NOT EXISTS items (id integer NOT NULL);
