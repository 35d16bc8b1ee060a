SELECT 'a';
\gexec
