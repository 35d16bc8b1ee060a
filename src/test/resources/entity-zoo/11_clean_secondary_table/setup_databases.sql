CREATE TABLE employee (
    id          bigint PRIMARY KEY,
    name        varchar(100) NOT NULL
);

CREATE TABLE employee_payroll (
    employee_id bigint PRIMARY KEY REFERENCES employee (id),
    salary      numeric(10,2) NOT NULL,
    iban        varchar(34)
);
