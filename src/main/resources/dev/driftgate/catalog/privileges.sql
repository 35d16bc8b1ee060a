-- Privileges that differ from PostgreSQL's built-in default, one row per object and grantee. The reader puts the
-- privileges_*.sql queries where the marker is, joined by UNION ALL, so that one statement reads every kind: each
-- returns the objects of one kind that carry an ACL, with kind, nspname, objname, detail, owner (a role oid), acl
-- (what is granted) and builtin (acldefault: what would be granted had nobody run GRANT or REVOKE). Grantors are
-- left out: who granted does not change what a role may do. The object's owner, and the role driftgate builds
-- scratch databases as, are both 'owner': two builds need not run as the same role.
-- Most objects of a schema carry one of a few ACLs (GRANT ... ON ALL TABLES IN SCHEMA), so each distinct ACL is
-- taken apart once, its privileges grouped as bits. The reader keeps the objects the model holds (extensions'
-- members are not) and merges the rare grantee that is 'owner' by two routes.
WITH objects AS (
/* objects */
),
privilege(names) AS (
  VALUES ('{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER,MAINTAIN,EXECUTE,USAGE,CREATE,CONNECT,TEMPORARY,'
          'SET,ALTER SYSTEM}'::text[])
),
acls AS (
  SELECT row_number() OVER () AS id, a.* FROM (SELECT DISTINCT acl, builtin, owner FROM objects) a
),
items AS (
  SELECT a.id, e.grantee, e.privilege_type, e.is_grantable, true AS granted
  FROM acls a CROSS JOIN LATERAL aclexplode(a.acl) e
  UNION ALL
  SELECT a.id, e.grantee, e.privilege_type, false, false
  FROM acls a CROSS JOIN LATERAL aclexplode(a.builtin) e
),
bits AS (
  SELECT id, grantee, bit_or(bit) FILTER (WHERE granted) AS granted,
         bit_or(bit) FILTER (WHERE is_grantable) AS grantable, bit_or(bit) FILTER (WHERE NOT granted) AS implicit
  FROM (SELECT i.*, 1 << array_position((SELECT names FROM privilege), i.privilege_type) AS bit FROM items i) b
  GROUP BY id, grantee
),
held AS (
  SELECT b.id, b.grantee,
         ARRAY(SELECT p FROM unnest((SELECT names FROM privilege)) WITH ORDINALITY u(p, k)
               WHERE b.granted & (1 << k::integer) <> 0) AS privileges,
         ARRAY(SELECT p FROM unnest((SELECT names FROM privilege)) WITH ORDINALITY u(p, k)
               WHERE b.grantable & (1 << k::integer) <> 0) AS grantable,
         ARRAY(SELECT p FROM unnest((SELECT names FROM privilege)) WITH ORDINALITY u(p, k)
               WHERE b.implicit & (1 << k::integer) <> 0) AS implicit
  FROM bits b
  WHERE b.granted IS DISTINCT FROM b.implicit OR b.grantable IS NOT NULL
)
SELECT o.kind, o.nspname, o.objname, o.detail,
       CASE WHEN h.grantee = 0 THEN 'PUBLIC'
            WHEN h.grantee = o.owner OR r.rolname ~ '^driftgate_(.*_)?builder$' THEN 'owner'
            ELSE r.rolname::text END AS grantee,
       h.privileges, h.grantable, h.implicit
FROM objects o
JOIN acls a ON a.acl = o.acl AND a.builtin = o.builtin AND a.owner = o.owner
JOIN held h ON h.id = a.id
LEFT JOIN pg_roles r ON r.oid = h.grantee
