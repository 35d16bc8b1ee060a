-- a sequence owned by a column in setup, free-standing after migrations
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE SEQUENCE invoice_number_seq START 1000;
ALTER SEQUENCE invoice_number_seq OWNED BY items.id;
