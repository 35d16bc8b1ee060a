SELECT 1 +-- comment right after an operator
2;
SELECT 3 */* comment after a star */ 4;
SELECT 5 - -6;
SELECT a::text, b->>'k;', c#>'{x}' FROM t;
