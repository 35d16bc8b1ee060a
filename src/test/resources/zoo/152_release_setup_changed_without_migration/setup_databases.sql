-- setup_databases.sql changed after the release, but no migration brings old databases along
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, sku text);
