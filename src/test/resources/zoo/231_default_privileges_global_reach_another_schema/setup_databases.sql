-- default privileges granted in one schema in setup but globally after migrations: the same in that schema, missing in the other
CREATE ROLE app_wide NOLOGIN;
CREATE SCHEMA sales;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO app_wide;
