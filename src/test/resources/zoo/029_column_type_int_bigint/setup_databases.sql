-- integer against bigint
CREATE TABLE items (id integer PRIMARY KEY, v integer);
