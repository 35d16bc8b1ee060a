UPDATE items SET price = 1 WHERE price <= 0;
