-- Extended statistics objects on tables in the user schemas, definition minus the name, and their statistics target
-- (-1 or, from PostgreSQL 17, NULL for the default). ? = oids of the user schemas, then, twice, the oids of the
-- relations to read (null: every one).
SELECT s.stxrelid, n.nspname, s.stxname,
       replace(pg_get_statisticsobjdef(s.oid),
               'CREATE STATISTICS ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname),
               'CREATE STATISTICS') AS definition,
       coalesce(s.stxstattarget::integer, -1) AS target
FROM pg_statistic_ext s
JOIN pg_class c ON c.oid = s.stxrelid
JOIN pg_namespace n ON n.oid = s.stxnamespace
WHERE c.relnamespace = ANY (?)
  AND (c.oid = ANY (?::oid[]) OR ?::oid[] IS NULL)
