CREATE TABLE owner (
    id      bigint PRIMARY KEY
);

CREATE TABLE pet (
    id          bigint PRIMARY KEY,
    name        varchar(40),
    age         integer,
    owner_id    bigint REFERENCES owner (id),
    vaccinated  boolean
);
