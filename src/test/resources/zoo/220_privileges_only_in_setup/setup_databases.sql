-- grants only the canonical script makes: a table, a view, a sequence, a schema, with and without grant option
CREATE ROLE app_reader NOLOGIN;
CREATE SCHEMA reporting;
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);
CREATE VIEW active_users AS SELECT id, email FROM users;
GRANT SELECT, INSERT ON users TO app_reader;
GRANT SELECT ON active_users TO app_reader WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE users_id_seq TO app_reader;
GRANT USAGE ON SCHEMA reporting TO app_reader;
