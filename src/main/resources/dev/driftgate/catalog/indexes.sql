-- Indexes that no constraint owns, with their definition minus the name (the index's "shape") and their storage
-- parameters (which Java takes out of the shape). ? = oids of the user schemas, then, twice, the oids of the
-- relations to read (null: every one).
SELECT i.indrelid, ic.relname AS index_name, i.indisunique, am.amname,
       replace(pg_get_indexdef(i.indexrelid),
               'INDEX ' || quote_ident(ic.relname) || ' ON ', 'INDEX ON ') AS shape,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS keys,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
             FROM generate_series(i.indnkeyatts + 1, i.indnatts) k ORDER BY k) AS include,
       pg_get_expr(i.indpred, i.indrelid, true) AS predicate, ic.reloptions
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_am am ON am.oid = ic.relam
WHERE c.relnamespace = ANY (?)
  AND (c.oid = ANY (?::oid[]) OR ?::oid[] IS NULL)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = i.indexrelid)
