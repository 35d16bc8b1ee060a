\c zoo_admin

CREATE TABLE shop (
    id      bigint PRIMARY KEY,
    domain  varchar(100) NOT NULL
);

\c zoo_shop

CREATE TABLE cart (
    id      bigint PRIMARY KEY,
    total   numeric(10,2) NOT NULL
);

\c zoo_reports

CREATE TABLE report (
    id      bigint PRIMARY KEY
);
