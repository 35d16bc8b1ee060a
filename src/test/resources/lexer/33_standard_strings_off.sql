-- With standard_conforming_strings off, psql (and the server) read '...' like E'...':
-- a backslash escapes the next character, also a quote. 34 is the same text with it on.
SET standard_conforming_strings = off;
SELECT 'it\'s' AS a, '; SELECT 2 AS b; --';
SELECT 3 AS c;
SELECT 'a\\b' AS d, 'C:\\path\\' AS e; SELECT 'second on its line';
SELECT N'n\'too' AS n, E'e\'always';
SELECT 'multi\
line; string\'' AS m;
RESET standard_conforming_strings;
SELECT 'on again: \' AS backslash_at_the_end;
