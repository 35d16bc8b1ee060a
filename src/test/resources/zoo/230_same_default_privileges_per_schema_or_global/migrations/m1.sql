-- equivalent: default privileges granted globally or in the only schema, in another order, and the grants they give new tables
CREATE ROLE app_defaults NOLOGIN;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO app_defaults;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT UPDATE ON TABLES TO app_defaults;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO app_defaults;
CREATE TABLE IF NOT EXISTS later (id bigserial PRIMARY KEY);
