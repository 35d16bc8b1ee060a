-- a schema only setup creates, with a table and its sequence and index: one root cause
CREATE TABLE items (id integer PRIMARY KEY);
CREATE SCHEMA archive;
CREATE TABLE archive.old_items (id bigserial PRIMARY KEY, name text);
CREATE INDEX idx_old_items_name ON archive.old_items (name);
