-- The relations whose model depends on any of the given objects (pg_depend: a view's rule on the tables and
-- columns it reads, a foreign key on the table it references, a column on its type, a default on its sequence or
-- function): a rename of one changes how the other reads. ? = the given objects' catalogs (text[]), ? = their
-- oids (oid[]).
SELECT DISTINCT
       CASE d.classid
         WHEN 'pg_class'::regclass
           THEN coalesce((SELECT i.indrelid FROM pg_index i WHERE i.indexrelid = d.objid), d.objid)
         WHEN 'pg_attrdef'::regclass THEN (SELECT ad.adrelid FROM pg_attrdef ad WHERE ad.oid = d.objid)
         WHEN 'pg_constraint'::regclass THEN (SELECT con.conrelid FROM pg_constraint con WHERE con.oid = d.objid)
         WHEN 'pg_trigger'::regclass THEN (SELECT t.tgrelid FROM pg_trigger t WHERE t.oid = d.objid)
         WHEN 'pg_rewrite'::regclass THEN (SELECT w.ev_class FROM pg_rewrite w WHERE w.oid = d.objid)
         WHEN 'pg_policy'::regclass THEN (SELECT p.polrelid FROM pg_policy p WHERE p.oid = d.objid)
         WHEN 'pg_statistic_ext'::regclass THEN (SELECT s.stxrelid FROM pg_statistic_ext s WHERE s.oid = d.objid)
       END AS relation
FROM unnest(?::text[], ?::oid[]) AS x(catalog, oid)
JOIN pg_depend d ON d.refclassid = x.catalog::regclass AND d.refobjid = x.oid
