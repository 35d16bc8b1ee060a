-- The objects of the user schemas a catalog read is made from, one row each, with a hash of the catalog rows it is
-- read from: catalog and oid, owner (for a table or view, itself; for an identity sequence, its table; null for
-- objects read whole every time), schema, name and the hash. A table or view comes with all its parts: columns,
-- defaults, constraints, indexes, triggers, rules, policies, statistics, partition key and bound, comments (no
-- other object names one of those in a way that prints). Sequences, composite types, types, routines and the
-- like come one by one, for what depends on them (catalog_dependents.sql). Rows are hashed by (ctid, xmin), as
-- raw_fingerprint.sql explains: any write to a row gives it a new version, and the reader reads no column
-- PostgreSQL updates in place; each catalog hashes with a seed of its own. The schemas, the extensions and the
-- database itself come too: a change to one of them, or another database, makes the next read a whole one.
-- Internal triggers (a foreign key's) are left out: the reader never reads them, and their constraint's row
-- changes with them. Objects outside the user schemas that users made (an extension's, say, which a column or
-- a foreign key may name) come too. ? = oids of the user schemas.
WITH schemas AS (SELECT unnest(?::oid[]) AS oid),
rel AS (
  SELECT c.oid, c.relkind, n.nspname, c.relname, hash_record_extended(row(c.ctid, c.xmin), 0) AS h
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE (c.relnamespace IN (SELECT oid FROM schemas) OR c.oid >= 16384) AND c.relkind <> 't'
),
-- every row a relation's model is read from, under the relation (user objects' oids start at 16384)
parts(relation, h) AS (
  SELECT a.attrelid, hash_record_extended(row(a.ctid, a.xmin), 1) FROM pg_attribute a WHERE a.attrelid::int8 >= 16384
  UNION ALL
  SELECT ad.adrelid, hash_record_extended(row(ad.ctid, ad.xmin), 2) FROM pg_attrdef ad
  UNION ALL
  SELECT con.conrelid, hash_record_extended(row(con.ctid, con.xmin), 3)
  FROM pg_constraint con WHERE con.conrelid <> 0
  UNION ALL
  SELECT i.indrelid, hash_record_extended(row(i.ctid, i.xmin), 4) FROM pg_index i WHERE i.indrelid >= 16384
  UNION ALL
  SELECT i.indrelid, r.h FROM pg_index i JOIN rel r ON r.oid = i.indexrelid
  UNION ALL
  SELECT t.tgrelid, hash_record_extended(row(t.ctid, t.xmin), 6) FROM pg_trigger t WHERE NOT t.tgisinternal
  UNION ALL
  SELECT w.ev_class, hash_record_extended(row(w.ctid, w.xmin), 7) FROM pg_rewrite w WHERE w.ev_class >= 16384
  UNION ALL
  SELECT p.polrelid, hash_record_extended(row(p.ctid, p.xmin), 8) FROM pg_policy p
  UNION ALL
  SELECT s.stxrelid, hash_record_extended(row(s.ctid, s.xmin), 9) FROM pg_statistic_ext s
  UNION ALL
  SELECT h.inhrelid, hash_record_extended(row(h.ctid, h.xmin), 10) FROM pg_inherits h
  UNION ALL
  SELECT p.partrelid, hash_record_extended(row(p.ctid, p.xmin), 11) FROM pg_partitioned_table p
  UNION ALL
  SELECT s.seqrelid, hash_record_extended(row(s.ctid, s.xmin), 12) FROM pg_sequence s WHERE s.seqrelid >= 16384
  UNION ALL
  -- comments on a relation and its columns, and on its constraints, triggers, rules and policies
  SELECT CASE d.classoid
           WHEN 'pg_class'::regclass THEN d.objoid
           WHEN 'pg_constraint'::regclass THEN (SELECT con.conrelid FROM pg_constraint con WHERE con.oid = d.objoid)
           WHEN 'pg_trigger'::regclass THEN (SELECT t.tgrelid FROM pg_trigger t WHERE t.oid = d.objoid)
           WHEN 'pg_rewrite'::regclass THEN (SELECT w.ev_class FROM pg_rewrite w WHERE w.oid = d.objoid)
           WHEN 'pg_policy'::regclass THEN (SELECT p.polrelid FROM pg_policy p WHERE p.oid = d.objoid) END,
         hash_record_extended(row(d.ctid, d.xmin), 13)
  FROM pg_description d
  WHERE d.objoid >= 16384
),
relation_hashes AS (
  SELECT relation, bit_xor(h) AS h FROM parts GROUP BY relation
),
type_parts(type, h) AS (
  SELECT e.enumtypid, hash_record_extended(row(e.ctid, e.xmin), 14) FROM pg_enum e WHERE e.enumtypid >= 16384
  UNION ALL
  SELECT d.objoid, hash_record_extended(row(d.ctid, d.xmin), 15)
  FROM pg_description d WHERE d.classoid = 'pg_type'::regclass AND d.objoid >= 16384
  UNION ALL
  SELECT con.contypid, hash_record_extended(row(con.ctid, con.xmin), 16)
  FROM pg_constraint con WHERE con.contypid <> 0
),
type_hashes AS (
  SELECT type, bit_xor(h) AS h FROM type_parts GROUP BY type
)
SELECT 'pg_class' AS catalog, r.oid,
       CASE WHEN r.relkind IN ('r', 'p', 'f', 'v', 'm') THEN r.oid
            WHEN r.relkind = 'S' THEN (SELECT d.refobjid FROM pg_depend d
                                       WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
                                         AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i') END AS owner,
       r.nspname, r.relname::text AS name, (r.h # coalesce(h.h, 0))::text AS rows
FROM rel r
LEFT JOIN relation_hashes h ON h.relation = r.oid
WHERE r.relkind NOT IN ('i', 'I')
UNION ALL
SELECT 'pg_type', t.oid, NULL, n.nspname, t.typname::text,
       (hash_record_extended(row(t.ctid, t.xmin), 0) # coalesce(h.h, 0))::text
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN type_hashes h ON h.type = t.oid
WHERE t.typnamespace IN (SELECT oid FROM schemas) OR t.oid >= 16384
UNION ALL
SELECT 'pg_proc', p.oid, NULL, n.nspname, p.proname::text, hash_record_extended(row(p.ctid, p.xmin), 0)::text
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.pronamespace IN (SELECT oid FROM schemas) OR p.oid >= 16384
UNION ALL
SELECT 'pg_operator', o.oid, NULL, n.nspname, o.oprname::text, hash_record_extended(row(o.ctid, o.xmin), 0)::text
FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
WHERE o.oprnamespace IN (SELECT oid FROM schemas) OR o.oid >= 16384
UNION ALL
SELECT 'pg_collation', o.oid, NULL, n.nspname, o.collname::text,
       hash_record_extended(row(o.ctid, o.xmin), 0)::text
FROM pg_collation o JOIN pg_namespace n ON n.oid = o.collnamespace
WHERE o.collnamespace IN (SELECT oid FROM schemas) OR o.oid >= 16384
UNION ALL
SELECT 'pg_opclass', o.oid, NULL, n.nspname, o.opcname::text, hash_record_extended(row(o.ctid, o.xmin), 0)::text
FROM pg_opclass o JOIN pg_namespace n ON n.oid = o.opcnamespace
WHERE o.opcnamespace IN (SELECT oid FROM schemas) OR o.oid >= 16384
UNION ALL
SELECT 'pg_opfamily', o.oid, NULL, n.nspname, o.opfname::text, hash_record_extended(row(o.ctid, o.xmin), 0)::text
FROM pg_opfamily o JOIN pg_namespace n ON n.oid = o.opfnamespace
WHERE o.opfnamespace IN (SELECT oid FROM schemas) OR o.oid >= 16384
UNION ALL
SELECT 'pg_ts_config', o.oid, NULL, n.nspname, o.cfgname::text, hash_record_extended(row(o.ctid, o.xmin), 0)::text
FROM pg_ts_config o JOIN pg_namespace n ON n.oid = o.cfgnamespace
WHERE o.cfgnamespace IN (SELECT oid FROM schemas) OR o.oid >= 16384
UNION ALL
SELECT 'pg_ts_dict', o.oid, NULL, n.nspname, o.dictname::text, hash_record_extended(row(o.ctid, o.xmin), 0)::text
FROM pg_ts_dict o JOIN pg_namespace n ON n.oid = o.dictnamespace
WHERE o.dictnamespace IN (SELECT oid FROM schemas) OR o.oid >= 16384
UNION ALL
SELECT 'pg_namespace', n.oid, NULL, n.nspname, n.nspname::text,
       (hash_record_extended(row(n.ctid, n.xmin), 0) # coalesce(
         (SELECT bit_xor(hash_record_extended(row(d.ctid, d.xmin), 17)) FROM pg_description d
          WHERE d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid), 0))::text
FROM pg_namespace n
WHERE n.oid >= 16384 OR n.nspname = 'public'
UNION ALL
SELECT 'pg_extension', e.oid, NULL, NULL, e.extname::text, hash_record_extended(row(e.ctid, e.xmin), 0)::text
FROM pg_extension e
UNION ALL
-- which database this is (catalog_database.sql): a database built again, even under the same name and oid, is
-- read whole
SELECT 'pg_database', d.oid, NULL, NULL, d.datname::text, d.mark
FROM (
/* database */
) d
