CREATE OR REPLACE VIEW customer_orders AS
SELECT c.id AS customer_id, c.name, o.id AS order_id, o.total, o.status
FROM customers c
JOIN orders o ON o.customer_id = c.id;
