-- identity START differs
CREATE TABLE items (id integer PRIMARY KEY, v bigint GENERATED ALWAYS AS IDENTITY (START WITH 100));
