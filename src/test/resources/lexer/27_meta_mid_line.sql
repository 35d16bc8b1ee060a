SELECT 1; \set a 1 \set b 2
\echo x \\ SELECT 'rest of the line is SQL';
\set c 3 \\
SELECT 'next line';
