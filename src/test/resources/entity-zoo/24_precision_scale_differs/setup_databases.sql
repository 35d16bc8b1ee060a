CREATE TABLE price (
    id          bigint PRIMARY KEY,
    net         numeric(12,2) NOT NULL,
    tax_rate    numeric(5,3) NOT NULL,
    gross       numeric,
    discount    numeric(5,2),
    valid_from  timestamptz(3) NOT NULL,
    valid_to    timestamptz(3),
    checked_at  timestamptz(3)
);
