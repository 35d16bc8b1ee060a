-- timestamp without against with time zone
CREATE TABLE items (id integer PRIMARY KEY, v timestamp);
