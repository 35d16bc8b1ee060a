-- identity against serial: the same numbers, different semantics
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v bigserial);
