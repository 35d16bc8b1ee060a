-- Tables, views, materialized views, foreign tables and sequences that carry an ACL (see privileges.sql).
-- ? = oids of the user schemas.
SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind, n.nspname, c.relname AS objname,
       NULL::text AS detail, c.relowner AS owner, c.relacl AS acl,
       acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner) AS builtin
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relacl IS NOT NULL
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
  AND c.relnamespace = ANY (?)
