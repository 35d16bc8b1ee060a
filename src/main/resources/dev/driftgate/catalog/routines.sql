-- Functions and procedures in the user schemas, extensions' members left out. ? = oids of the user schemas.
SELECT n.nspname, p.proname, p.prokind,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       oidvectortypes(p.proargtypes) AS argument_types,
       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS result,
       l.lanname, p.provolatile, p.proisstrict, p.prosecdef,
       coalesce(pg_get_function_sqlbody(p.oid), p.prosrc) AS body,
       array_to_string(p.proconfig, ', ') AS settings,
       CASE WHEN p.prokind IN ('f', 'p', 'w') THEN pg_get_functiondef(p.oid) END AS definition,
       d.description
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
WHERE p.pronamespace = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')
