-- The text of 33 with standard_conforming_strings on (the default): 'it\' ends at the
-- second quote, so the first line is two statements and a comment.
SELECT 'it\'s' AS a, '; SELECT 2 AS b; --';
SELECT 3 AS c;
