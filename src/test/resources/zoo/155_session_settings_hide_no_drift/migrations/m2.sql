CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, body varchar(120));
