-- column grants: a column only one side grants on, a column with fewer privileges, a column granted alike
CREATE ROLE app_support NOLOGIN;
CREATE TABLE IF NOT EXISTS customers (id bigint PRIMARY KEY, email text, "Full Name" text, notes text);
GRANT SELECT (id, "Full Name"), UPDATE (email, "Full Name") ON customers TO app_support;
