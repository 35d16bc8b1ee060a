-- equivalent: DEFAULT now() and DEFAULT CURRENT_TIMESTAMP are the same value
CREATE TABLE items (id integer PRIMARY KEY, created_at timestamptz DEFAULT now());
