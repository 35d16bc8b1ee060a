-- text[] against text
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v text);
