-- a function only a migration creates
SELECT 1;
