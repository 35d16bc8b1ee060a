-- an explicitly chosen check name differs: a warning
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, qty integer CONSTRAINT qty_not_negative CHECK (qty >= 0));
