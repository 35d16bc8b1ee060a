-- the literal-cast rule folds 'x' and 'x'::text, not 'x' and 'y'
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v text DEFAULT 'y'::text);
