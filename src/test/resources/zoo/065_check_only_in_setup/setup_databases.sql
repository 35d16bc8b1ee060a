-- a check only setup declares
CREATE TABLE items (id integer PRIMARY KEY, qty integer CHECK (qty >= 0));
