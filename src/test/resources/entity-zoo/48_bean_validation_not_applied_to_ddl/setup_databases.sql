-- hibernate.validator.apply_to_ddl=false: constraints do not shape the DDL, the same entity is clean
CREATE TABLE member (
    id          bigint PRIMARY KEY,
    motto       varchar(255),
    referrer    varchar(255)
);
