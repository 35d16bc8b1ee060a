-- what the reporting screen reads: one row per customer
CREATE VIEW customer_total AS
SELECT c.id AS customer_id, count(o.id) AS order_count, coalesce(sum(o.total_amount), 0)::numeric(14, 2) AS total_spent
  FROM customer c LEFT JOIN purchase_order o ON o.customer_id = c.id
 GROUP BY c.id;
