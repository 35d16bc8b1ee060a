CREATE TABLE shop (
    id      bigint PRIMARY KEY,
    domain  varchar(100) NOT NULL
);
