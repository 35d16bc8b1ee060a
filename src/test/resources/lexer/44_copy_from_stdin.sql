-- COPY ... FROM STDIN reads the lines after the one it ends on, up to a line that is
-- exactly \. (before LF or CR LF), or the end of the file: they are data, never SQL.
COPY a (x) FROM stdin; -- a comment may follow on the line
1
\\. is a backslash and a dot; SELECT 'not SQL';
\.
COPY b FROM STDIN WITH (FORMAT csv);
"a;b","\."
\.
COPY c FROM stdin;
\.
SELECT 1 AS after;
COPY (SELECT 1 AS stdin) TO STDOUT;
copy d from stdin
;
$$ -- ' /*
last