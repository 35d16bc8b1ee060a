-- an explicitly chosen primary key name differs: a warning
CREATE TABLE IF NOT EXISTS items (id integer, CONSTRAINT items_pk PRIMARY KEY (id));
