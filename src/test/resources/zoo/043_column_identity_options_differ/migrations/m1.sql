-- identity START differs
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v bigint GENERATED ALWAYS AS IDENTITY);
