-- a sequence owned by a column in setup, free-standing after migrations
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq START 1000;
