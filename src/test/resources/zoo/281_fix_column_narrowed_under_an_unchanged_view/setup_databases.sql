-- a column narrowed by the migrations (text to varchar) under a view that selects it: the view reads differently on each side, so its own fix drops and creates it and no other drop of it is added
CREATE TABLE items (id integer PRIMARY KEY, label text NOT NULL);
CREATE VIEW labels AS SELECT id, upper(label) AS label FROM items;
