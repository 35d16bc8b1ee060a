-- User schemas that carry an ACL (see privileges.sql). ? = oids of the user schemas.
SELECT 'SCHEMA' AS kind, n.nspname, n.nspname::text AS objname, NULL::text AS detail, n.nspowner AS owner,
       n.nspacl AS acl, acldefault('n', n.nspowner) AS builtin
FROM pg_namespace n
WHERE n.nspacl IS NOT NULL
  AND n.oid = ANY (?)
