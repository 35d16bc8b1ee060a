-- a column widened by the migrations under a view that selects it and a view over that view: the fix drops both views, changes the type and creates them again
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, price bigint NOT NULL);
CREATE OR REPLACE VIEW priced AS SELECT id, price FROM items WHERE price > 0;
CREATE OR REPLACE VIEW expensive AS SELECT id FROM priced WHERE price > 100;
COMMENT ON VIEW priced IS 'items with a price';
GRANT SELECT ON priced TO PUBLIC;
