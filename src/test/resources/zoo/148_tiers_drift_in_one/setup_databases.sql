-- drift in the tenant tier only is reported for that tier
\c app_admin
CREATE TABLE accounts (id integer PRIMARY KEY, slug varchar(50) NOT NULL UNIQUE);
\c app
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
