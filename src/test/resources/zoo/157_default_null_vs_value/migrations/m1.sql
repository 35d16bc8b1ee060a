CREATE TABLE IF NOT EXISTS people (id integer PRIMARY KEY, nickname varchar(40) DEFAULT 'anonymous');
