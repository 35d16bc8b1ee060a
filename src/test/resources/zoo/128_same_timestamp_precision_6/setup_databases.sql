-- equivalent: timestamp(6) is timestamp: 6 is the default precision
CREATE TABLE items (id integer PRIMARY KEY, at timestamp(6) with time zone);
