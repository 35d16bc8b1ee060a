-- Writes the statement of audit's first, cheap fingerprint (issue 17): per catalog of the database, the number of
-- rows and a hash of each row's place and writer, (ctid, xmin), nothing read from the row itself. Databases cloned
-- from one another hash alike until one of them changes; equal hashes on one server mean the catalog reader would
-- read equal catalogs:
-- * A transaction writes the catalogs of one database only, so a row version with a given ctid and xmin exists in
--   one database, or in copies of it (CREATE DATABASE copies pages as they are). Two databases that show the same
--   (ctid, xmin) rows show the same row versions (an xmin value comes back only after four billion transactions).
-- * A version changes without a new xmin only where PostgreSQL updates in place: the sizes, horizons and has-index,
--   has-rules and has-triggers flags VACUUM, ANALYZE and CREATE INDEX write in pg_class, the valid, ready and live
--   flags of pg_index (concurrent index builds and drops, where a version still writes them in place), and
--   pg_database, which is shared. The reader reads none of these.
-- * Statistics and large objects are no part of a schema; the catalogs in `unread` are never named by the reader's
--   queries nor consulted by the server functions it calls (a test holds the first half).
-- The largest catalogs, whose initdb rows the reader does not read, hash only the rows of oid 16384 and up (and the
-- exceptions in `source`), found through their indexes: a database's first session reads these pages from disk,
-- and that was most of an audit's cost per database. Every other catalog is hashed whole. Row hashes are summed: no
-- sort. What is not looked at: a row initdb wrote and a user changed (a built-in function renamed, say), or one
-- dropped, which PostgreSQL allows only with whatever user object depends on it.
WITH keyed(catalog, key) AS (
  VALUES ('pg_proc', 'oid'), ('pg_attribute', 'attrelid'), ('pg_description', 'objoid'), ('pg_depend', 'objid'),
         ('pg_type', 'oid'), ('pg_operator', 'oid'), ('pg_collation', 'oid'), ('pg_aggregate', 'aggfnoid'),
         ('pg_rewrite', 'oid'), ('pg_opclass', 'oid'), ('pg_opfamily', 'oid'), ('pg_class', 'oid'),
         ('pg_constraint', 'oid'), ('pg_index', 'indexrelid'), ('pg_ts_config_map', 'mapcfg'),
         ('pg_init_privs', 'objoid'), ('pg_ts_dict', 'oid'), ('pg_ts_config', 'oid'), ('pg_am', 'oid')
),
-- initdb's rows a user may change, and the reader reads: comments on schemas, extensions and languages (the public
-- schema's, say), found through the index as the others are
source(catalog, rows) AS (
  VALUES ('pg_description',
          '(SELECT ctid, xmin FROM pg_catalog.pg_description WHERE objoid >= 16384'
          || ' UNION ALL SELECT d.ctid, d.xmin FROM pg_catalog.pg_description d'
          || ' JOIN (SELECT oid, ''pg_namespace''::regclass AS classoid FROM pg_catalog.pg_namespace'
          || ' UNION ALL SELECT oid, ''pg_extension''::regclass FROM pg_catalog.pg_extension'
          || ' UNION ALL SELECT oid, ''pg_language''::regclass FROM pg_catalog.pg_language) o'
          || ' ON d.objoid = o.oid AND d.classoid = o.classoid WHERE o.oid < 16384) t')
),
-- statistics, large objects, and the catalogs of objects the reader does not model
unread(catalog) AS (
  VALUES ('pg_statistic'), ('pg_statistic_ext_data'), ('pg_largeobject'), ('pg_largeobject_metadata'),
         ('pg_event_trigger'), ('pg_foreign_data_wrapper'), ('pg_foreign_server'), ('pg_user_mapping'),
         ('pg_publication'), ('pg_publication_namespace'), ('pg_publication_rel'), ('pg_subscription_rel'),
         ('pg_seclabel'), ('pg_conversion'), ('pg_cast'), ('pg_amop'), ('pg_amproc'), ('pg_ts_parser'),
         ('pg_ts_template'), ('pg_transform')
),
catalogs AS (
  SELECT c.relname,
         coalesce(s.rows, format('pg_catalog.%I t', c.relname)
                          || CASE WHEN k.key IS NULL THEN '' ELSE format(' WHERE t.%I >= 16384', k.key) END)
           AS rows
  FROM pg_catalog.pg_class c
  LEFT JOIN keyed k ON k.catalog = c.relname
  LEFT JOIN source s ON s.catalog = c.relname
  WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r' AND NOT c.relisshared
    AND c.relname NOT IN (SELECT catalog FROM unread)
    AND has_table_privilege(c.oid, 'SELECT')
)
SELECT 'SELECT md5(string_agg(c || '':'' || h, '','' ORDER BY c)) AS fingerprint FROM (' || E'\n'
       || string_agg(format('SELECT %L AS c, count(*) || '':'' || coalesce(sum(hashtextextended(t.ctid::text || t.xmin::text, 0)), 0) AS h'
                            || ' FROM %s',
                            relname, rows),
                     E'\nUNION ALL\n' ORDER BY relname)
       || E'\n) x' AS statement
FROM catalogs
