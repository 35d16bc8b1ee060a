SELECT 'a';
SELECT format('SELECT %L', x) FROM t \gexec
