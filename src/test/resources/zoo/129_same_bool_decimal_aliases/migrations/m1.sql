-- equivalent: bool is boolean, decimal is numeric
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, ok boolean, price numeric(10,2));
