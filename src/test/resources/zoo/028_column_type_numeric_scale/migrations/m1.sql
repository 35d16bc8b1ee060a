-- numeric(10,2) against numeric(12,4)
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v numeric(12,4));
