CREATE TABLE vehicle (
    id          bigint PRIMARY KEY,
    maker       varchar(60) NOT NULL
);

CREATE TABLE truck (
    id          bigint PRIMARY KEY REFERENCES vehicle (id),
    payload_kg  integer NOT NULL
);

CREATE TABLE car (
    id          bigint PRIMARY KEY REFERENCES vehicle (id),
    seats       smallint NOT NULL
);
