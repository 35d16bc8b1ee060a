-- Primary key, foreign key, unique, check and exclusion constraints of tables in the user schemas. ? = oids of the
-- relations already read, then oids of the user schemas, then, twice, the oids of the relations to read (null: every
-- one). Column numbers become names in Java, from the columns already read; only a foreign key to a table that was
-- not read (outside the user schemas, or an extension's, such as PostGIS's spatial_ref_sys) has its referenced names
-- looked up here (a subquery per constraint costs 0.2 s at 1,000 tables).
SELECT con.conrelid, con.conname, con.contype,
       CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid, true) END AS definition,
       con.conkey AS column_numbers, con.confrelid, con.confkey AS ref_column_numbers,
       fn.nspname AS ref_schema, fc.relname AS ref_table,
       CASE WHEN con.contype = 'f' AND seen.oid IS NULL THEN
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
             ORDER BY k.ord) END AS ref_columns,
       con.confupdtype, con.confdeltype, con.confmatchtype,
       con.condeferrable, con.condeferred, con.connoinherit, con.convalidated,
       coalesce(ix.indnullsnotdistinct, false) AS nulls_not_distinct
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
LEFT JOIN unnest(?::oid[]) AS seen(oid) ON seen.oid = con.confrelid
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_index ix ON con.contype = 'u' AND ix.indexrelid = con.conindid
WHERE con.contype IN ('p', 'f', 'u', 'c', 'x')
  AND con.conparentid = 0
  AND c.relnamespace = ANY (?)
  AND (c.oid = ANY (?::oid[]) OR ?::oid[] IS NULL)
