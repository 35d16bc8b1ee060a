-- generated names are matched by structure, but a different unnamed check is still a difference
CREATE TABLE items (id integer PRIMARY KEY, qty integer CHECK (qty >= 0));
