-- Standalone sequences (identity sequences belong to their column) and the column that owns each.
-- ? = oids of the user schemas.
SELECT n.nspname, c.relname,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       own_n.nspname || '.' || own_c.relname || '.' || own_a.attname AS owned_by,
       d.description
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
                       AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class own_c ON own_c.oid = dep.refobjid
LEFT JOIN pg_namespace own_n ON own_n.oid = own_c.relnamespace
LEFT JOIN pg_attribute own_a ON own_a.attrelid = dep.refobjid AND own_a.attnum = dep.refobjsubid
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relnamespace = ANY (?)
  AND (dep.deptype IS NULL OR dep.deptype = 'a')
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
