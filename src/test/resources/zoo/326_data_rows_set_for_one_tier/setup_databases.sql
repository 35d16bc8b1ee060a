-- one tier sets data:
\c db_master
CREATE TABLE logs (id integer PRIMARY KEY, line text);
ALTER TABLE logs ALTER COLUMN line SET NOT NULL;
\c db_tenant
CREATE TABLE logs (id integer PRIMARY KEY, line text);
ALTER TABLE logs ALTER COLUMN line SET NOT NULL;
