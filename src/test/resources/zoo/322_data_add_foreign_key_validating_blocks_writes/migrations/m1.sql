DELETE FROM items WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT id FROM customers);
