-- the primary key covers other columns
CREATE TABLE items (a integer, b integer, PRIMARY KEY (a, b));
