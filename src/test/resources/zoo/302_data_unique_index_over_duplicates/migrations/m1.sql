CREATE UNIQUE INDEX items_name_key ON items (name);
