CREATE TABLE IF NOT EXISTS tokens (id integer PRIMARY KEY, token text NOT NULL);
DROP INDEX IF EXISTS tokens_token_idx;
CREATE INDEX tokens_token_idx ON tokens USING hash (token);
