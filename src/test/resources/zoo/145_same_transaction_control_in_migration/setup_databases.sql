-- equivalent: BEGIN/COMMIT inside a migration file: the runner owns the transaction
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
