DROP INDEX IF EXISTS tokens_token_idx;
CREATE UNIQUE INDEX tokens_token_idx ON tokens (token);
