-- in the second location; version 2 sorts between 1.10 and 4 (there is no 3)
CREATE TABLE ${flyway:defaultSchema}.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    issued_on date NOT NULL DEFAULT CURRENT_DATE
);
