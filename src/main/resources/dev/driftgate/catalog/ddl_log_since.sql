-- The objects DDL touched after a log position, each described as it is now (inside the probe's transaction).
-- ? = the log position (seq) the probe started at.
SELECT DISTINCT ON (address_type, address_names, address_args)
       statement_id, object_type, object_identity, address_type, address_names, address_args,
       driftgate_audit.describe_address(address_type, address_names, address_args) AS description
FROM driftgate_audit.ddl_log
WHERE seq > ? AND address_type IS NOT NULL
ORDER BY address_type, address_names, address_args, seq
