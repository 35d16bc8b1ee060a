-- a sequence only a migration creates
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq START 1000;
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
