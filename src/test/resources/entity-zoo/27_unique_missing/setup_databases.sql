CREATE TABLE passport (
    id      bigint PRIMARY KEY
);

CREATE TABLE citizen (
    id          bigint PRIMARY KEY,
    national_id varchar(20) NOT NULL,
    country     varchar(2) NOT NULL,
    tax_number  varchar(20) NOT NULL,
    passport_id bigint REFERENCES passport (id)
);

-- a partial or expression index does not enforce what the mapping declares
CREATE UNIQUE INDEX citizen_tax_number_live ON citizen (tax_number) WHERE passport_id IS NOT NULL;
