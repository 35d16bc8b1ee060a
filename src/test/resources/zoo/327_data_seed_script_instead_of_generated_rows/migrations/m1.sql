CREATE UNIQUE INDEX customers_name_key ON customers (name);
