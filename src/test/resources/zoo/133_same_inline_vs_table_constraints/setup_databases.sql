-- equivalent: inline PRIMARY KEY, REFERENCES and UNIQUE against table constraints added later
CREATE TABLE owners (id integer PRIMARY KEY);
CREATE TABLE items (id integer PRIMARY KEY, owner_id integer REFERENCES owners (id), sku text UNIQUE);
