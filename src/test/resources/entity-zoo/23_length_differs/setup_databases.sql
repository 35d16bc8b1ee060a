CREATE TABLE contact (
    id          bigint PRIMARY KEY,
    name        varchar(50) NOT NULL,
    phone       varchar(100),
    notes       text,
    website     text,
    nickname    varchar(30),
    city        varchar
);
