-- a table only the migrations create, and two foreign keys they add to other tables that reference it: one root cause, the keys under it, each with its own fix
CREATE TABLE orders (id integer PRIMARY KEY, account_id integer);
CREATE TABLE invoices (id integer PRIMARY KEY, account_id integer);
