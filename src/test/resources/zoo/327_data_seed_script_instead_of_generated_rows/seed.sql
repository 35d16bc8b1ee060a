COPY public.customers (id, name, email) FROM stdin;
1	Ada	ada@example.com
2	Ada	ada@example.org
\.
