-- Default privileges (ALTER DEFAULT PRIVILEGES, pg_default_acl) as they take effect (see privileges.sql): per
-- role, user schema and object type, what a new object would get. A schema's entry can only add to the role's
-- global one (or to the built-in default where there is none), so a grant IN SCHEMA s and a global grant
-- come out the same in every schema they both reach, and differ in the others. Default privileges on schemas
-- exist only globally. The role that builds the database, or owns it, is 'owner'.
-- ? = oids of the user schemas.
SELECT 'DEFAULT' AS kind, n.nspname,
       CASE WHEN d.role = db.datdba OR r.rolname ~ '^driftgate_(.*_)?builder$' THEN 'owner'
            ELSE r.rolname::text END AS objname,
       CASE d.objtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                      ELSE 'TYPES' END AS detail,
       d.role AS owner,
       coalesce(g.defaclacl, acldefault(CASE WHEN d.objtype = 'S' THEN 's' ELSE d.objtype END, d.role)) || coalesce(s.defaclacl, '{}')
         AS acl,
       acldefault(CASE WHEN d.objtype = 'S' THEN 's' ELSE d.objtype END, d.role) AS builtin
FROM (SELECT DISTINCT defaclrole AS role, defaclobjtype AS objtype FROM pg_default_acl
      WHERE defaclobjtype IN ('r', 'S', 'f', 'T')) d
JOIN pg_roles r ON r.oid = d.role
JOIN pg_database db ON db.datname = current_database()
JOIN pg_namespace n ON n.oid = ANY (?)
LEFT JOIN pg_default_acl g
       ON g.defaclrole = d.role AND g.defaclnamespace = 0 AND g.defaclobjtype = d.objtype
LEFT JOIN pg_default_acl s
       ON s.defaclrole = d.role AND s.defaclnamespace = n.oid AND s.defaclobjtype = d.objtype
UNION ALL
SELECT 'DEFAULT', NULL,
       CASE WHEN a.defaclrole = db.datdba OR r.rolname ~ '^driftgate_(.*_)?builder$' THEN 'owner'
            ELSE r.rolname::text END,
       'SCHEMAS', a.defaclrole, a.defaclacl, acldefault('n', a.defaclrole)
FROM pg_default_acl a
JOIN pg_roles r ON r.oid = a.defaclrole
JOIN pg_database db ON db.datname = current_database()
WHERE a.defaclobjtype = 'n'
