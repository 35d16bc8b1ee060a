CREATE TABLE plain (
    id  bigint PRIMARY KEY
);
