-- equivalent: unnamed indexes created in another order get each other's generated names
CREATE TABLE items (id integer PRIMARY KEY, a text);
CREATE INDEX ON items (lower(a));
CREATE INDEX ON items (upper(a));
