-- equivalent: unnamed checks added in another order get each other's generated names
CREATE TABLE items (id integer PRIMARY KEY, qty integer, CHECK (qty >= 0), CHECK (qty < 1000));
