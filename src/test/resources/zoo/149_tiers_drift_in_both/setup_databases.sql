-- drift in both tiers, one finding each, and a tier split across two \c sections
\c app_admin
CREATE TABLE accounts (id integer PRIMARY KEY, slug varchar(40) NOT NULL UNIQUE);
\c app
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
\c app_admin
CREATE INDEX idx_accounts_slug ON accounts (lower(slug));
