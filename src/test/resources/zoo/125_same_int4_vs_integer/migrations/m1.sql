-- equivalent: int4, int and integer
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, qty integer);
