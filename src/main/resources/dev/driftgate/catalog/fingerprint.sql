-- One hash over every row the catalog reader reads (audit, issue 17): the reader's own queries, each row as JSON
-- tagged with its query, in place of the marker below. Oids differ between databases with equal schemas, so a row's
-- own oid is dropped (every such row also carries its object's name) and the oid of the relation it belongs to
-- becomes the relation's name. Whatever else a query returns stays in the hash, so equal hashes mean the reader
-- would build equal catalogs; an oid left in (a role's, say) only makes equal schemas hash apart.
WITH rows(source, doc) AS (
/* rows */
),
normalized AS (
  SELECT r.source || ' ' || coalesce(
           (SELECT jsonb_object_agg(e.key,
                     CASE WHEN e.key IN ('attrelid', 'conrelid', 'confrelid', 'indrelid', 'tgrelid', 'polrelid',
                                         'stxrelid')
                          THEN to_jsonb(nullif((e.value #>> '{}')::oid, 0)::regclass::text)
                          ELSE e.value END)
            FROM jsonb_each(r.doc - 'oid') e)::text, '{}') AS line
  FROM rows r
)
SELECT md5(coalesce(string_agg(line, E'\n' ORDER BY line COLLATE "C"), '')) AS fingerprint, count(*) AS row_count
FROM normalized
