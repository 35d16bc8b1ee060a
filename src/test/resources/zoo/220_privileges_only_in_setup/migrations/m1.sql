-- grants only the canonical script makes: a table, a view, a sequence, a schema, with and without grant option
CREATE ROLE app_reader NOLOGIN;
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE TABLE IF NOT EXISTS users (id bigserial PRIMARY KEY, email text NOT NULL);
CREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users;
