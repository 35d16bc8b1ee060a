CREATE TABLE IF NOT EXISTS people (
  id integer PRIMARY KEY,
  nickname varchar(40),
  age integer,
  tags text[],
  note text DEFAULT (NULL::character varying)::text
);
