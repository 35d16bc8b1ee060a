-- DEFAULT NULL, in any cast, inserts what no default inserts
CREATE TABLE people (
  id integer PRIMARY KEY,
  nickname varchar(40) DEFAULT NULL,
  age integer DEFAULT NULL,
  tags text[] DEFAULT NULL::text[],
  note text
);
