-- The meta-commands pg_dump and pg_dumpall 15.14+ write in a plain dump (the dumps in 38-43
-- show them in place): \restrict and \unrestrict change nothing on the server; a database name
-- that is not plain is passed as a connection string after \encoding SQL_ASCII.
\restrict Ab12cd34
SELECT 1;
\unrestrict Ab12cd34
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='My Shop'"
\restrict Ab12cd34
SELECT 2;
\unrestrict Ab12cd34
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='we\'ird\\db'"
SELECT 3;
\connect "shop"
SELECT 4;
