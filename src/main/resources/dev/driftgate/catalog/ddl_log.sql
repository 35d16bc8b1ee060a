-- The DDL log of a scratch database in execution order (see ddl_log_install.sql).
SELECT statement_id, object_type, object_identity, dropped
FROM driftgate_audit.ddl_log
WHERE statement_id IS NOT NULL
ORDER BY seq
