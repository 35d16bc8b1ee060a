-- a tier whose replay starts from a baseline
\c app_admin
CREATE TABLE accounts (id integer PRIMARY KEY, slug varchar(50) NOT NULL UNIQUE, plan text NOT NULL DEFAULT 'free');
\c app
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
