-- Columns that carry an ACL of their own (GRANT SELECT (col) ...; see privileges.sql). A column grants nothing
-- by default: its table's privileges cover it. ? = oids of the user schemas.
SELECT 'COLUMN' AS kind, n.nspname, c.relname AS objname, a.attname::text AS detail, c.relowner AS owner,
       a.attacl AS acl, acldefault('c', c.relowner) AS builtin
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.attacl IS NOT NULL
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND c.relnamespace = ANY (?)
