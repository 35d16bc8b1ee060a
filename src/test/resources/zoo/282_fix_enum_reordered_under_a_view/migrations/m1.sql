-- an enum reordered by the migrations while a view selects a column of it: the type is made again, the view dropped before and created after
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'size') THEN CREATE TYPE size AS ENUM ('small', 'medium', 'large'); END IF; END $$;
CREATE TABLE IF NOT EXISTS boxes (id integer PRIMARY KEY, box_size size NOT NULL DEFAULT 'small');
CREATE OR REPLACE VIEW big_boxes AS SELECT id, box_size FROM boxes WHERE box_size > 'small';
