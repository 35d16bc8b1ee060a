-- a table only setup creates
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE tags (id integer PRIMARY KEY, label text);
