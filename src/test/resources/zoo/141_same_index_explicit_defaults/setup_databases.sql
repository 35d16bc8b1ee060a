-- equivalent: USING btree and ASC spelled out
CREATE TABLE items (id integer PRIMARY KEY, a text);
CREATE INDEX idx_items_a ON items (a);
