CREATE SCHEMA IF NOT EXISTS audit;
SET search_path = audit;
CREATE TABLE IF NOT EXISTS events (id integer PRIMARY KEY);
