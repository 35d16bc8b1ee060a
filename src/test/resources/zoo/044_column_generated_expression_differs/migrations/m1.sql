-- a stored generated column with another expression
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, price numeric, gross numeric GENERATED ALWAYS AS (price * 1.20) STORED);
