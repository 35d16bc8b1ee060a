-- a named check with another expression
CREATE TABLE items (id integer PRIMARY KEY, qty integer CONSTRAINT items_qty_range CHECK (qty BETWEEN 0 AND 100));
