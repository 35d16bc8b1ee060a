-- an explicitly chosen primary key name differs: a warning
CREATE TABLE items (id integer, CONSTRAINT pk_items PRIMARY KEY (id));
