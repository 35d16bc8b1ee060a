-- a schema a migration creates that setup_databases.sql forgot
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
