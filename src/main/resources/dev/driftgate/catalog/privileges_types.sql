-- Enum types and domains that carry an ACL (see privileges.sql). ? = oids of the user schemas.
SELECT CASE WHEN t.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind, n.nspname, t.typname::text AS objname,
       NULL::text AS detail, t.typowner AS owner, t.typacl AS acl, acldefault('T', t.typowner) AS builtin
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typacl IS NOT NULL
  AND t.typtype IN ('e', 'd')
  AND t.typnamespace = ANY (?)
