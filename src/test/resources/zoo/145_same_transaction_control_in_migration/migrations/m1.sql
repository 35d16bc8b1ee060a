-- equivalent: BEGIN/COMMIT inside a migration file: the runner owns the transaction
BEGIN;
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
COMMIT;
