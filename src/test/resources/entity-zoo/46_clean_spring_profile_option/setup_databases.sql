-- --spring-profile prod replaces the active profile legacy: Spring Boot naming, clean
CREATE TABLE customer_account (
    id              bigint PRIMARY KEY,
    display_name    varchar(255) NOT NULL
);
