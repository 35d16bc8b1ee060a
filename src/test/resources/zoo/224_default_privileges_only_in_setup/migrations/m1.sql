-- default privileges only the canonical script sets: tables, sequences in one schema, functions no longer executable by PUBLIC, schemas
CREATE ROLE app_ro NOLOGIN;
CREATE TABLE IF NOT EXISTS existing (id bigint PRIMARY KEY);
