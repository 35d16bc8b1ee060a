\echo hello world
\echo 'quoted; text'   "double quoted" unquoted;
\echo -n no newline
\echo
SELECT 1; \echo after a statement
