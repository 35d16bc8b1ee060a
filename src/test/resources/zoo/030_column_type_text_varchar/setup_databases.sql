-- text against varchar(200)
CREATE TABLE items (id integer PRIMARY KEY, v text);
