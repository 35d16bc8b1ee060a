-- leading comment; with a semicolon
SELECT 1; -- trailing comment; more
SELECT 2 -- comment before the terminator
;
SELECT 3 --; not a terminator
  + 4;
SELECT 'x' -- it's a comment, the quote is not a string
;
