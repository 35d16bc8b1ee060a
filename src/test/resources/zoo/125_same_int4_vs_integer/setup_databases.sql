-- equivalent: int4, int and integer
CREATE TABLE items (id int4 PRIMARY KEY, qty int);
