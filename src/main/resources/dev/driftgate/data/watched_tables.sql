-- The tables that hold rows before the migrations run over them, with their row counts: the ones a
-- statement can rewrite, scan or lock for a while. driftgate's own schemas are not the project's.
SELECT c.oid, n.nspname, c.relname
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'driftgate', 'driftgate_audit')
  AND n.nspname NOT LIKE 'pg\_%'
  AND pg_relation_size(c.oid) > 0
ORDER BY n.nspname, c.relname
