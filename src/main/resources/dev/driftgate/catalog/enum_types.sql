-- Enum types with their labels in sort order. ? = oids of the user schemas.
SELECT n.nspname, t.typname,
       array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels,
       d.description
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typnamespace = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
GROUP BY n.nspname, t.typname, d.description
