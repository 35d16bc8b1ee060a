-- a schema only the migrations create, with a table, its index, a view and a function: one root cause
CREATE TABLE items (id integer PRIMARY KEY);
