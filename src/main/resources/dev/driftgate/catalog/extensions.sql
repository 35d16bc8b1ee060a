-- Installed extensions (plpgsql comes with every database and is left out).
SELECT x.extname, n.nspname
FROM pg_extension x
JOIN pg_namespace n ON n.oid = x.extnamespace
WHERE x.extname <> 'plpgsql'
ORDER BY x.extname
