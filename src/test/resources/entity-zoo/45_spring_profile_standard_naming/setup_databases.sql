-- The active profile (legacy) names tables as written: the entity expects customeraccount columns
-- in camel case, which the snake_case schema does not have
CREATE TABLE customer_account (
    id              bigint PRIMARY KEY,
    display_name    varchar(255) NOT NULL
);
