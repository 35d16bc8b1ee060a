-- equivalent: default privileges granted globally or in the only schema, in another order, and the grants they give new tables
CREATE ROLE app_defaults NOLOGIN;
ALTER DEFAULT PRIVILEGES GRANT SELECT, UPDATE ON TABLES TO app_defaults;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO app_defaults;
CREATE TABLE later (id bigserial PRIMARY KEY);
