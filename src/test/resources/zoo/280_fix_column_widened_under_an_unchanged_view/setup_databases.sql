-- a column widened by the migrations under a view that selects it and a view over that view: the fix drops both views, changes the type and creates them again
CREATE TABLE items (id integer PRIMARY KEY, price integer NOT NULL);
CREATE VIEW priced AS SELECT id, price FROM items WHERE price > 0;
CREATE VIEW expensive AS SELECT id FROM priced WHERE price > 100;
COMMENT ON VIEW priced IS 'items with a price';
GRANT SELECT ON priced TO PUBLIC;
