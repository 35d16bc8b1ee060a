CREATE TABLE report (
    id      bigint PRIMARY KEY
);
