-- equivalent: varchar(20) is character varying(20)
CREATE TABLE items (id integer PRIMARY KEY, code varchar(20));
