CREATE UNIQUE INDEX CONCURRENTLY items_name_key ON items (name);
