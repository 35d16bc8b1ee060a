-- What a statement can change about a watched table, read inside the migration's transaction:
-- its file node (a rewrite gives it a new one) and that file's size (TRUNCATE's new file is empty),
-- the sequential scans of it this transaction made,
-- its indexes, and the strongest lock this session holds on it (1 AccessShareLock ... 8
-- AccessExclusiveLock).
SELECT c.oid,
       c.relfilenode,
       pg_relation_size(c.oid) AS size,
       pg_stat_get_xact_numscans(c.oid) AS scans,
       (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid) AS indexes,
       (SELECT max(array_position(
                 ARRAY['AccessShareLock', 'RowShareLock', 'RowExclusiveLock',
                       'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock',
                       'ExclusiveLock', 'AccessExclusiveLock']::text[], l.mode))
        FROM pg_locks l
        WHERE l.locktype = 'relation' AND l.relation = c.oid
          AND l.pid = pg_backend_pid() AND l.granted) AS lock_rank
FROM pg_class c
WHERE c.oid = ANY (?)
