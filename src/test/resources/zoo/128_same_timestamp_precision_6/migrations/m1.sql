-- equivalent: timestamp(6) is timestamp: 6 is the default precision
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, at timestamptz);
