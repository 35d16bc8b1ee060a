-- equivalent: timestamptz is timestamp with time zone
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, at timestamp with time zone);
