-- \c opens a new session, which starts with the server's default (on).
SET standard_conforming_strings = off;
SELECT 'it\'s' AS a;
\c postgres
SELECT 'new session: \' AS b;
