CREATE TABLE tenants (slug text PRIMARY KEY, name text, database_name text, is_active boolean DEFAULT true);
INSERT INTO tenants VALUES ('acme', 'Acme', 'x"; DROP DATABASE postgres; --', true);
