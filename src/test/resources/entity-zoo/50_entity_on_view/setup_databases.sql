-- An entity over a view: columns must exist with fitting types; nullability is never compared, and
-- a foreign key towards the view is not expected
CREATE TABLE branch (
    id          bigint PRIMARY KEY,
    city        varchar(80) NOT NULL,
    opened_at   timestamptz NOT NULL
);

CREATE VIEW branch_overview AS
SELECT id, city, opened_at, 0::integer AS staff FROM branch;

CREATE TABLE visit (
    id          bigint PRIMARY KEY,
    branch_id   bigint
);
