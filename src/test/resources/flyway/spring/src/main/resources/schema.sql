-- The schema as a fresh install creates it: what the migrations must add up to.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(120) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    email text
);
COMMENT ON TABLE customers IS 'created by V1__create_customers.sql';
CREATE UNIQUE INDEX customers_email_key ON customers (lower(email));

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(12, 2) NOT NULL CHECK (total >= 0),
    status order_status NOT NULL DEFAULT 'new'
);
CREATE INDEX orders_status_idx ON orders (status) WHERE status <> 'shipped';

CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    issued_on date NOT NULL DEFAULT CURRENT_DATE
);

CREATE VIEW customer_orders AS
SELECT c.id AS customer_id, c.name, o.id AS order_id, o.total, o.status
FROM customers c
JOIN orders o ON o.customer_id = c.id;

CREATE VIEW order_totals AS
SELECT customer_id, name, sum(total) AS total
FROM customer_orders
GROUP BY customer_id, name;
