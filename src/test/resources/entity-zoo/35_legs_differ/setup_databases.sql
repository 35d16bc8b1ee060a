CREATE TABLE member (
    id          bigint PRIMARY KEY,
    email       varchar(120) NOT NULL,
    nickname    varchar(40),
    joined_on   date NOT NULL
);
