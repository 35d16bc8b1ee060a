CREATE TABLE team (
    id      bigint PRIMARY KEY,
    name    varchar(80) NOT NULL
);
