-- equivalent: IN (...) and = ANY (ARRAY[...]) parse to the same check
CREATE TABLE items (id integer PRIMARY KEY, state text CONSTRAINT items_state CHECK (state IN ('new', 'done')));
