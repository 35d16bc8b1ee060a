-- The current end of the DDL log.
SELECT coalesce(max(seq), 0) AS position FROM driftgate_audit.ddl_log
