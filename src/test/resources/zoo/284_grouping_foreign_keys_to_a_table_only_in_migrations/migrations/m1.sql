-- a table only the migrations create, and two foreign keys they add to other tables that reference it: one root cause, the keys under it, each with its own fix
CREATE TABLE IF NOT EXISTS orders (id integer PRIMARY KEY, account_id integer);
CREATE TABLE IF NOT EXISTS invoices (id integer PRIMARY KEY, account_id integer);
CREATE TABLE IF NOT EXISTS accounts (id integer PRIMARY KEY);
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_account_id_fkey;
ALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
ALTER TABLE invoices DROP CONSTRAINT IF EXISTS invoices_account_id_fkey;
ALTER TABLE invoices ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
