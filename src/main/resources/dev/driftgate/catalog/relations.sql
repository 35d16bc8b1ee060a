-- Tables, partitioned and foreign tables, views and materialized views. ? = oids of the user schemas, then, twice,
-- the oids of the relations to read (null: every one).
SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence,
       c.relrowsecurity, c.relforcerowsecurity, c.reloptions, c.relreplident, ri.relname AS replica_index,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       pn.nspname AS parent_schema, pc.relname AS parent_name,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition,
       d.description
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_index rix ON c.relreplident = 'i' AND rix.indrelid = c.oid AND rix.indisreplident
LEFT JOIN pg_class ri ON ri.oid = rix.indexrelid
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND c.relnamespace = ANY (?)
  AND (c.oid = ANY (?::oid[]) OR ?::oid[] IS NULL)
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
