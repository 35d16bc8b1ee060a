CREATE TABLE accounts (id integer PRIMARY KEY, slug varchar(50) NOT NULL UNIQUE);
