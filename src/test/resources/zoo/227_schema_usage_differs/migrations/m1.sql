-- schema privileges: USAGE only after migrations where setup grants CREATE, PUBLIC's USAGE on public revoked only in setup
CREATE ROLE app_api NOLOGIN;
CREATE SCHEMA IF NOT EXISTS api;
GRANT USAGE ON SCHEMA api TO app_api;
