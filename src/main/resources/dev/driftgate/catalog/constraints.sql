-- Primary key, foreign key, unique, check and exclusion constraints of tables in the user schemas.
-- ? = oids of the user schemas.
SELECT con.conrelid, con.conname, con.contype,
       pg_get_constraintdef(con.oid, true) AS definition,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
             ORDER BY k.ord) AS columns,
       fn.nspname AS ref_schema, fc.relname AS ref_table,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
             ORDER BY k.ord) AS ref_columns,
       con.confupdtype, con.confdeltype, con.confmatchtype,
       con.condeferrable, con.condeferred, con.connoinherit,
       coalesce(ix.indnullsnotdistinct, false) AS nulls_not_distinct
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_index ix ON con.contype = 'u' AND ix.indexrelid = con.conindid
WHERE con.contype IN ('p', 'f', 'u', 'c', 'x')
  AND con.conparentid = 0
  AND c.relnamespace = ANY (?)
