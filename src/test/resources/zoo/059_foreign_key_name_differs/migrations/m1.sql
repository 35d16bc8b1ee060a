-- an explicitly chosen foreign key name differs: a warning
CREATE TABLE IF NOT EXISTS owners (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, owner_id integer CONSTRAINT items_owner_fk REFERENCES owners (id));
