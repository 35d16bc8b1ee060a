-- default privileges granted in one schema in setup but globally after migrations: the same in that schema, missing in the other
CREATE ROLE app_wide NOLOGIN;
CREATE SCHEMA IF NOT EXISTS sales;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app_wide;
