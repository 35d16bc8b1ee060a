-- keyed by code, while the entity's @Id is id
CREATE TABLE country (
    id      integer NOT NULL,
    code    varchar(2) PRIMARY KEY
);

-- no primary key at all
CREATE TABLE currency (
    id      integer NOT NULL,
    code    varchar(3)
);
