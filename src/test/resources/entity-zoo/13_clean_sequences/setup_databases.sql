CREATE SEQUENCE shipment_ids INCREMENT BY 20;
-- Hibernate's default: <entity>_seq with allocationSize 50
CREATE SEQUENCE parcel_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE shipment (
    id          bigint PRIMARY KEY,
    carrier     varchar(40) NOT NULL
);

CREATE TABLE parcel (
    id          bigint PRIMARY KEY,
    weight_g    integer NOT NULL
);
