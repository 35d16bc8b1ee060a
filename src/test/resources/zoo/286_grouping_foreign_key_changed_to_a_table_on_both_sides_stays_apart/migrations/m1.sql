-- a foreign key that references a table both sides have stays a root cause of its own, beside a table only the migrations create
CREATE TABLE IF NOT EXISTS accounts (id integer PRIMARY KEY);
CREATE TABLE IF NOT EXISTS orders (id integer PRIMARY KEY, account_id integer);
CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY);
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_account_id_fkey;
ALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
