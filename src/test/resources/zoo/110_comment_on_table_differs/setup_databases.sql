-- a table comment differs: a warning
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
COMMENT ON TABLE items IS 'Things we sell';
