-- a generated column in setup, a plain one after migrations
CREATE TABLE items (id integer PRIMARY KEY, price numeric, gross numeric GENERATED ALWAYS AS (price * 1.19) STORED);
