-- the smallest two-tier project: every bad-input case starts from it
\c app_master
CREATE TABLE tenants (
    slug          varchar(50) PRIMARY KEY CHECK (slug ~ '^[a-z0-9_]{1,50}$'),
    name          text NOT NULL,
    database_name varchar(63) NOT NULL UNIQUE,
    is_active     boolean NOT NULL DEFAULT true
);

\c app
CREATE TABLE items (id int PRIMARY KEY, color text);
