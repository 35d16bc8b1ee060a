-- an enum reordered by the migrations while a view selects a column of it: the type is made again, the view dropped before and created after
CREATE TYPE size AS ENUM ('small', 'large', 'medium');
CREATE TABLE boxes (id integer PRIMARY KEY, box_size size NOT NULL DEFAULT 'small');
CREATE VIEW big_boxes AS SELECT id, box_size FROM boxes WHERE box_size > 'small';
