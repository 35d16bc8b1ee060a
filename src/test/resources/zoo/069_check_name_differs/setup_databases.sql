-- an explicitly chosen check name differs: a warning
CREATE TABLE items (id integer PRIMARY KEY, qty integer CONSTRAINT chk_qty CHECK (qty >= 0));
