-- text[] against text
CREATE TABLE items (id integer PRIMARY KEY, v text[]);
