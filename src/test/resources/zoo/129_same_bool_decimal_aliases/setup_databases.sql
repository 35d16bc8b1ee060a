-- equivalent: bool is boolean, decimal is numeric
CREATE TABLE items (id integer PRIMARY KEY, ok bool, price decimal(10,2));
