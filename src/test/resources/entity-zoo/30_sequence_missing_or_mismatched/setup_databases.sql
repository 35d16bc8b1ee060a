-- allocationSize 50 against INCREMENT BY 1: the pooled optimizer hands out ids twice
CREATE SEQUENCE order_seq;

CREATE TABLE orders (
    id      bigint PRIMARY KEY
);

CREATE TABLE invoice_line (
    id      bigint PRIMARY KEY
);
