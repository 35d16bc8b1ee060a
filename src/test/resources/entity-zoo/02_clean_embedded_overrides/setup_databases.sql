CREATE TABLE customer (
    id                  bigint PRIMARY KEY,
    name                varchar(100) NOT NULL,
    billing_street      varchar(200),
    billing_city        varchar(100) NOT NULL,
    shipping_street     varchar(200),
    shipping_city       varchar(100),
    geo_lat             double precision,
    geo_lon             double precision
);
