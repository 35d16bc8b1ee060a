-- equivalent: varchar(20) is character varying(20)
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, code character varying(20));
