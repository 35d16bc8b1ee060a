-- an enum only setup creates and the column that uses it: the column's type difference is the enum's consequence
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id integer PRIMARY KEY, mood mood);
CREATE TABLE notes (id integer PRIMARY KEY, body varchar(10));
