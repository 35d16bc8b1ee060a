CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

ALTER TABLE orders
    ADD COLUMN status order_status NOT NULL DEFAULT '${status_default}';
