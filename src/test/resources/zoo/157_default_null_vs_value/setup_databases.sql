-- DEFAULT NULL against a real default is a difference
CREATE TABLE people (id integer PRIMARY KEY, nickname varchar(40) DEFAULT NULL);
