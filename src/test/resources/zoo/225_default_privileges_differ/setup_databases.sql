-- default privileges that differ: more privileges on tables, types granted only after migrations
CREATE ROLE app_rw NOLOGIN;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app_rw;
