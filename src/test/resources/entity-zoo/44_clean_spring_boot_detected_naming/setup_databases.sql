-- A Spring Boot project (spring-boot in pom.xml): camel case names become snake_case without --naming
CREATE TABLE customer_account (
    id              bigint PRIMARY KEY,
    display_name    varchar(255) NOT NULL,
    loyalty_points  integer NOT NULL
);

CREATE TABLE customer_account_favourites (
    customer_account_id bigint NOT NULL REFERENCES customer_account (id),
    favourites_id       bigint NOT NULL REFERENCES customer_account (id),
    PRIMARY KEY (customer_account_id, favourites_id)
);
