-- varchar(100) in setup, varchar(255) after migrations
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v varchar(255));
