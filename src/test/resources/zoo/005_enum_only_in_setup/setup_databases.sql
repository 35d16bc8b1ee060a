-- an enum type only setup creates
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
