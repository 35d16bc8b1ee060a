-- sequence start differs
CREATE SEQUENCE invoice_number_seq START 1000;
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
