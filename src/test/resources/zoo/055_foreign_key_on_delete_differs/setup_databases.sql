-- ON DELETE CASCADE against the default NO ACTION
CREATE TABLE owners (id integer PRIMARY KEY);
CREATE TABLE items (id integer PRIMARY KEY, owner_id integer REFERENCES owners (id) ON DELETE CASCADE);
