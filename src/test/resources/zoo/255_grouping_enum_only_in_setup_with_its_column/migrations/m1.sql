CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, mood text);
CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, body varchar(10));
ALTER TABLE notes ALTER COLUMN body TYPE varchar(20);
