-- "order totals" sorts after "customer orders", whose view it reads
CREATE OR REPLACE VIEW order_totals AS
SELECT customer_id, name, sum(total) AS total
FROM customer_orders
GROUP BY customer_id, name;
