CREATE TABLE member (
    id          bigint PRIMARY KEY,
    email       varchar(100) NOT NULL,
    nickname    varchar(40)
);
