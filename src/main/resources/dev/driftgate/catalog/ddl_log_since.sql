-- The objects DDL touched after a log position, each described as it is now (inside the probe's transaction),
-- with the table an index belongs to. ? = the log position (seq) the probe started at.
SELECT DISTINCT ON (l.address_type, l.address_names, l.address_args)
       l.statement_id, l.object_type, l.object_identity, l.address_type, l.address_names, l.address_args,
       driftgate_audit.describe_address(l.address_type, l.address_names, l.address_args) AS description,
       (SELECT n.nspname || '.' || c.relname
        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE l.address_type = 'index'
          AND i.indexrelid = to_regclass(quote_ident(l.address_names[1]) || '.' || quote_ident(l.address_names[2])))
         AS owner
FROM driftgate_audit.ddl_log l
WHERE l.seq > ? AND l.address_type IS NOT NULL
ORDER BY l.address_type, l.address_names, l.address_args, l.seq
