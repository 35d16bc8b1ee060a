-- a schema written for Spring Boot's naming, checked with Hibernate's default naming
CREATE TABLE gift_card (
    id              bigint PRIMARY KEY,
    card_number     varchar(255) NOT NULL
);
