-- the key columns are declared in the order (zone, code, year), not alphabetically
CREATE TABLE tariff (
    zone        varchar(10) NOT NULL,
    code        varchar(10) NOT NULL,
    year        integer NOT NULL,
    price       numeric(8,2) NOT NULL,
    PRIMARY KEY (zone, code, year)
);
