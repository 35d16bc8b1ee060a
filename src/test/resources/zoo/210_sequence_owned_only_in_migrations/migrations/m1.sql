-- a sequence free-standing in setup, owned by a column after migrations; identity and serial sequences stay silent
CREATE TABLE IF NOT EXISTS items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code serial NOT NULL, number bigint);
CREATE SEQUENCE IF NOT EXISTS item_number_seq START 1000;
ALTER SEQUENCE item_number_seq OWNED BY items.number;
