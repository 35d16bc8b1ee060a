-- schema privileges: USAGE only after migrations where setup grants CREATE, PUBLIC's USAGE on public revoked only in setup
CREATE ROLE app_api NOLOGIN;
CREATE SCHEMA api;
GRANT CREATE ON SCHEMA api TO app_api;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
