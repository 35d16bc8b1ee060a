-- text against varchar(200)
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v varchar(200));
