-- no table for the abstract root; each concrete class has all columns
CREATE SEQUENCE document_seq INCREMENT BY 50;

CREATE TABLE invoice (
    id          bigint PRIMARY KEY,
    number      varchar(20) NOT NULL,
    total       numeric(12,2) NOT NULL
);

CREATE TABLE receipt (
    id          bigint PRIMARY KEY,
    number      varchar(20) NOT NULL,
    cashier     varchar(40)
);
