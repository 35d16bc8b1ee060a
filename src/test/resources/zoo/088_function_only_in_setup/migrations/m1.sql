-- a function only setup creates
SELECT 1;
