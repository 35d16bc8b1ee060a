-- Writes the statement of audit's first, cheap fingerprint (issue 17): a hash over the rows of every catalog of the
-- database that the session may read, as they are, oids and all, without deparsing anything. Databases cloned from
-- one another hash alike until one of them changes; equal hashes on one server mean the catalog reader would read
-- equal catalogs, because it reads nothing these rows do not hold (and the server's own state is the same). The
-- largest catalogs, whose initdb rows the reader does not read, count those rows and hash the others (oid 16384
-- and up, and the exceptions below); every other catalog is hashed whole. Statistics, large objects and the sizes,
-- horizons and files VACUUM and TRUNCATE rewrite are no part of a schema and are left out. Row hashes are summed:
-- no sort.
WITH keyed(catalog, key) AS (
  VALUES ('pg_proc', 'oid'), ('pg_attribute', 'attrelid'), ('pg_description', 'objoid'), ('pg_depend', 'objid'),
         ('pg_type', 'oid'), ('pg_operator', 'oid'), ('pg_amop', 'oid'), ('pg_amproc', 'oid'),
         ('pg_collation', 'oid'), ('pg_aggregate', 'aggfnoid'), ('pg_rewrite', 'oid'), ('pg_cast', 'oid'),
         ('pg_opclass', 'oid'), ('pg_opfamily', 'oid'), ('pg_class', 'oid'), ('pg_constraint', 'oid'),
         ('pg_index', 'indexrelid'), ('pg_conversion', 'oid'), ('pg_ts_config_map', 'mapcfg'),
         ('pg_init_privs', 'objoid'), ('pg_ts_template', 'oid'), ('pg_ts_parser', 'oid'),
         ('pg_ts_dict', 'oid'), ('pg_ts_config', 'oid'), ('pg_am', 'oid')
),
-- initdb's rows a user may change in place, and the reader reads: comments on schemas, extensions and languages
-- (the public schema's, say); their own catalogs are small and hashed whole
also(catalog, condition) AS (
  VALUES ('pg_description', ' OR t.classoid IN (''pg_namespace''::regclass, ''pg_extension''::regclass,'
                            || ' ''pg_language''::regclass)')
),
catalogs AS (
  SELECT c.relname,
         CASE WHEN c.relname = 'pg_class'
              THEN '(to_jsonb(t) - ''{relpages,reltuples,relallvisible,relfrozenxid,relminmxid,relfilenode}''::text[])::text'
              ELSE 't::text' END AS row_text,
         k.key,
         coalesce(a.condition, '') AS also
  FROM pg_catalog.pg_class c
  LEFT JOIN keyed k ON k.catalog = c.relname
  LEFT JOIN also a ON a.catalog = c.relname
  WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r' AND NOT c.relisshared
    AND c.relname NOT IN ('pg_statistic', 'pg_statistic_ext_data', 'pg_largeobject', 'pg_largeobject_metadata')
    AND has_table_privilege(c.oid, 'SELECT')
)
SELECT 'SELECT md5(string_agg(c || '':'' || h, '','' ORDER BY c)) AS fingerprint FROM (' || E'\n'
       || string_agg(format('SELECT %L AS c, count(*) || '':'' || coalesce(sum(hashtextextended(%s, 0)::numeric)%s, 0) AS h'
                            || ' FROM pg_catalog.%I t',
                            relname, row_text,
                            CASE WHEN key IS NULL THEN '' ELSE format(' FILTER (WHERE t.%I::oid >= 16384%s)', key, also) END,
                            relname),
                     E'\nUNION ALL\n' ORDER BY relname)
       || E'\n) x' AS statement
FROM catalogs
