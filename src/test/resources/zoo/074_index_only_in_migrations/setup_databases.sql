-- an index a migration adds that setup forgot
CREATE TABLE items (id integer PRIMARY KEY, a text, b text, deleted_at timestamptz);
