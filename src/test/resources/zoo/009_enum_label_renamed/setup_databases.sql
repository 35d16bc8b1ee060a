-- a label spelled differently
CREATE TYPE mood AS ENUM ('sad', 'fine', 'happy');
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
