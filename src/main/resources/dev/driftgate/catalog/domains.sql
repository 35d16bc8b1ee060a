-- Domains with base type, default, NOT NULL, collation and check constraints. ? = oids of the user schemas.
SELECT n.nspname, t.typname,
       format_type(t.typbasetype, t.typtypmod) AS base_type,
       t.typnotnull,
       t.typdefault,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN co.collname END AS collation,
       ARRAY(SELECT pg_get_constraintdef(c.oid, true) FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY 1) AS checks,
       d.description
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typtype = 'd'
  AND t.typnamespace = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
