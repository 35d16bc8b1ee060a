-- equivalent: DEFAULT 'x', 'x'::text and 0 versus '0'
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, label text DEFAULT 'x'::text, qty integer DEFAULT '0');
