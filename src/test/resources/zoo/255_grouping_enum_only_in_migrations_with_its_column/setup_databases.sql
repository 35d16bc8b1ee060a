-- an enum only the migrations create and the column that uses it: the column's type difference is the enum's consequence
CREATE TABLE people (id integer PRIMARY KEY, mood text);
CREATE TABLE notes (id integer PRIMARY KEY, body varchar(10));
