-- timestamp(3) is not timestamp: precision 6 is the only default
CREATE TABLE items (id integer PRIMARY KEY, v timestamp(3));
