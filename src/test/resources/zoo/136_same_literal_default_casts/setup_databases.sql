-- equivalent: DEFAULT 'x', 'x'::text and 0 versus '0'
CREATE TABLE items (id integer PRIMARY KEY, label text DEFAULT 'x', qty integer DEFAULT 0);
