-- equivalent: unnamed checks added in another order get each other's generated names
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, qty integer, CHECK (qty < 1000), CHECK (qty >= 0));
