-- User triggers (not constraint internals, not clones on partitions), definition minus the name. ? = oids of the
-- user schemas, then, twice, the oids of the relations to read (null: every one).
SELECT t.tgrelid, t.tgname,
       replace(pg_get_triggerdef(t.oid, true),
               'TRIGGER ' || quote_ident(t.tgname) || ' ', 'TRIGGER ') AS definition,
       t.tgenabled <> 'D' AS enabled
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND c.relnamespace = ANY (?)
  AND (c.oid = ANY (?::oid[]) OR ?::oid[] IS NULL)
