-- column grants: a column only one side grants on, a column with fewer privileges, a column granted alike
CREATE ROLE app_support NOLOGIN;
CREATE TABLE customers (id bigint PRIMARY KEY, email text, "Full Name" text, notes text);
GRANT SELECT (id, email) ON customers TO app_support;
GRANT UPDATE (email) ON customers TO app_support;
