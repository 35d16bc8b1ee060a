-- a table a migration adds that setup forgot (the usual mistake)
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
