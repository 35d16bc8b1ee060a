-- equivalent: a column built by ADD COLUMN, SET DEFAULT and SET NOT NULL in a migration
CREATE TABLE items (id integer PRIMARY KEY, sku varchar(40) NOT NULL DEFAULT 'n/a');
