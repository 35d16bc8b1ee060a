-- Bean Validation shapes the DDL as Hibernate applies it: NOT NULL, lengths, precision
CREATE TABLE member (
    id          bigint PRIMARY KEY,
    nickname    varchar(40) NOT NULL,     -- @NotBlank @Size(max = 40): same
    email       varchar(120) NOT NULL,    -- @NotEmpty @Size(max = 120): same
    motto       varchar(60),              -- @Size(max = 80): length differs
    referrer    varchar(255),             -- @NotNull: the column must be NOT NULL
    bio         varchar(300),             -- @Length(max = 300): same
    balance     numeric(10,2),            -- @Digits(integer = 8, fraction = 2): same
    rating      numeric(6,3),             -- @Digits(integer = 2, fraction = 1): differs
    born_year   integer NOT NULL          -- @NotNull Integer: same
);
