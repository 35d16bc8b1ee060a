-- the same labels in another order sort differently
CREATE TYPE mood AS ENUM ('ok', 'sad', 'happy');
CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
