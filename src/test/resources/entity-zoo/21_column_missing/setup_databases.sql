CREATE TABLE device (
    id          bigint PRIMARY KEY,
    serial      varchar(40) NOT NULL
);

CREATE TABLE device_reading (
    device_id   bigint NOT NULL REFERENCES device (id),
    value       double precision NOT NULL
);
