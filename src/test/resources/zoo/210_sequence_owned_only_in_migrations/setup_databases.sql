-- a sequence free-standing in setup, owned by a column after migrations; identity and serial sequences stay silent
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code serial NOT NULL, number bigint);
CREATE SEQUENCE item_number_seq START 1000;
