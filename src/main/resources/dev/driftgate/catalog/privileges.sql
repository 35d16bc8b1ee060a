-- Privileges that differ from PostgreSQL's built-in default, one row per object and grantee. The reader puts one
-- of the privileges_*.sql queries where the marker is: each returns the objects of one kind with kind, nspname,
-- objname, detail, owner (a role oid), acl (what is granted) and builtin (acldefault: what would be granted had
-- nobody run GRANT or REVOKE). Grantors are left out: who granted does not change what a role may do. The
-- object's owner, and the role driftgate builds scratch databases as, are both 'owner': two builds need not
-- run as the same role.
WITH objects AS (
/* objects */
),
items AS (
  SELECT o.kind, o.nspname, o.objname, o.detail, o.owner, e.grantee, e.privilege_type, e.is_grantable,
         true AS granted
  FROM objects o CROSS JOIN LATERAL aclexplode(o.acl) e
  UNION ALL
  SELECT o.kind, o.nspname, o.objname, o.detail, o.owner, e.grantee, e.privilege_type, false, false
  FROM objects o CROSS JOIN LATERAL aclexplode(o.builtin) e
),
named AS (
  SELECT i.*,
         CASE WHEN i.grantee = 0 THEN 'PUBLIC'
              WHEN i.grantee = i.owner OR r.rolname ~ '^driftgate_.*_builder$' THEN 'owner'
              ELSE r.rolname::text END AS role
  FROM items i LEFT JOIN pg_roles r ON r.oid = i.grantee
)
SELECT kind, nspname, objname, detail, role AS grantee,
       coalesce(array_agg(DISTINCT privilege_type ORDER BY privilege_type) FILTER (WHERE granted), '{}')
         AS privileges,
       coalesce(array_agg(DISTINCT privilege_type ORDER BY privilege_type) FILTER (WHERE is_grantable), '{}')
         AS grantable,
       coalesce(array_agg(DISTINCT privilege_type ORDER BY privilege_type) FILTER (WHERE NOT granted), '{}')
         AS implicit
FROM named
GROUP BY kind, nspname, objname, detail, role
HAVING bool_or(is_grantable)
    OR coalesce(array_agg(DISTINCT privilege_type ORDER BY privilege_type) FILTER (WHERE granted), '{}')
       <> coalesce(array_agg(DISTINCT privilege_type ORDER BY privilege_type) FILTER (WHERE NOT granted), '{}')
