-- equivalent: timestamptz is timestamp with time zone
CREATE TABLE items (id integer PRIMARY KEY, at timestamptz);
