CREATE TABLE rectangle (
    id      bigint PRIMARY KEY,
    width   integer NOT NULL,
    height  integer NOT NULL,
    area    integer GENERATED ALWAYS AS (width * height) STORED
);
