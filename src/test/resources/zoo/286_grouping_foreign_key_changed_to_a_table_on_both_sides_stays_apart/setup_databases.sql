-- a foreign key that references a table both sides have stays a root cause of its own, beside a table only the migrations create
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, account_id integer);
