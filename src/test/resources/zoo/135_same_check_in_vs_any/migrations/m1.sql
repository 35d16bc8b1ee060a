-- equivalent: IN (...) and = ANY (ARRAY[...]) parse to the same check
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, state text CONSTRAINT items_state CHECK (state = ANY (ARRAY['new', 'done'])));
