-- the same column references another table
CREATE TABLE owners (id integer PRIMARY KEY);
CREATE TABLE others (id integer PRIMARY KEY);
CREATE TABLE items (id integer PRIMARY KEY, owner_id integer CONSTRAINT fk_items_owner REFERENCES owners (id));
