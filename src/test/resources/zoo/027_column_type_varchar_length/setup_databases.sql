-- varchar(100) in setup, varchar(255) after migrations
CREATE TABLE items (id integer PRIMARY KEY, v varchar(100));
