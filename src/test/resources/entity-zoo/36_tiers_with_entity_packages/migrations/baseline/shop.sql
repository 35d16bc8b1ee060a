CREATE TABLE cart (
    id      bigint PRIMARY KEY,
    total   numeric(10,2) NOT NULL
);
