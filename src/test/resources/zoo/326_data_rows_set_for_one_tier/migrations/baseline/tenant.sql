CREATE TABLE logs (id integer PRIMARY KEY, line text);
