CREATE TABLE animal (
    id          bigint PRIMARY KEY,
    dtype       varchar(31) NOT NULL,
    name        varchar(40) NOT NULL,
    -- only dogs have a breed, yet the column is NOT NULL: inserting a cat fails
    breed       varchar(40) NOT NULL,
    indoor      boolean
);
