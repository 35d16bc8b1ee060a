-- a table only the canonical script has, referenced by a foreign key of another table there: one root cause, the key under it, dropped before the table
CREATE TABLE IF NOT EXISTS orders (id integer PRIMARY KEY, account_id integer);
