-- The database connected to: its oid, and the mark a kept database has (ScratchDatabases.mark), else one of its
-- own that no later read will match.
SELECT d.oid, d.datname, coalesce(shobj_description(d.oid, 'pg_database'), gen_random_uuid()::text) AS mark
FROM pg_database d
WHERE d.datname = current_database()
