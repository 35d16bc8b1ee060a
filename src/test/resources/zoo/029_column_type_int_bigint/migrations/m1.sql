-- integer against bigint
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v bigint);
