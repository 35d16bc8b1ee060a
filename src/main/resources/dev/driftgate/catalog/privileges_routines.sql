-- Functions, procedures and aggregates that carry an ACL (see privileges.sql), named by their argument types
-- as the model keys them. ? = oids of the user schemas.
SELECT 'ROUTINE' AS kind, n.nspname, p.proname::text AS objname, oidvectortypes(p.proargtypes) AS detail,
       p.proowner AS owner, p.proacl AS acl, acldefault('f', p.proowner) AS builtin
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.proacl IS NOT NULL
  AND p.pronamespace = ANY (?)
