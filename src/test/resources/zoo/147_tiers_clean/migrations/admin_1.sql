CREATE TABLE IF NOT EXISTS accounts (id integer PRIMARY KEY, slug varchar(50) NOT NULL UNIQUE);
