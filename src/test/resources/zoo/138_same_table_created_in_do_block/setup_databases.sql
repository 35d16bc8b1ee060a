-- equivalent: a table created inside a DO block
CREATE TABLE items (id integer PRIMARY KEY, name text);
