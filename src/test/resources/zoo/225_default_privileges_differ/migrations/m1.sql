-- default privileges that differ: more privileges on tables, types granted only after migrations
CREATE ROLE app_rw NOLOGIN;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE ON TABLES TO app_rw;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON TYPES TO app_rw;
