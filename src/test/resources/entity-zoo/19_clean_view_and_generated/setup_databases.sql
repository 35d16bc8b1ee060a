CREATE TABLE line_item (
    id          bigint PRIMARY KEY,
    quantity    integer NOT NULL,
    unit_price  numeric(10,2) NOT NULL,
    total       numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW line_item_summary AS
SELECT count(*) AS item_count, sum(total) AS grand_total FROM line_item;
