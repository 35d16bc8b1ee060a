-- planted: the canonical script makes the name a varchar(80), the migration a text
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name varchar(80) NOT NULL);
