-- a stored generated column with another expression
CREATE TABLE items (id integer PRIMARY KEY, price numeric, gross numeric GENERATED ALWAYS AS (price * 1.19) STORED);
