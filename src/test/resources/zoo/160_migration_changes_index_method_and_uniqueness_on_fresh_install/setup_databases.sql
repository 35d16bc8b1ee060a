-- a migration rebuilds an index with another method and without uniqueness; a later migration restores it
CREATE TABLE tokens (id integer PRIMARY KEY, token text NOT NULL);
CREATE UNIQUE INDEX tokens_token_idx ON tokens (token);
