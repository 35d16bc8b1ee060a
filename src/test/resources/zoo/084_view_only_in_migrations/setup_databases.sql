-- a view only a migration creates
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
