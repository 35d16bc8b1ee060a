-- a CRLF file
CREATE TABLE t (
  id int
);
\echo crlf line
\set X 1
SELECT 'a
b';
SELECT 1 -- comment
;
SELECT 2
