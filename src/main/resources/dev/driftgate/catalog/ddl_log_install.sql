-- Installed in the template of every scratch database: an event trigger logs each object a DDL command creates,
-- alters or drops, with the id of the client statement that ran it (the /*dg:N*/ tag driftgate prepends), also
-- when the DDL ran inside a DO block or a function. The object's address (pg_identify_object_as_address) lets a
-- probe describe the same object before and after a statement, even if the statement replaced it.
CREATE SCHEMA driftgate_audit;
CREATE TABLE driftgate_audit.ddl_log (
  seq bigserial PRIMARY KEY,
  statement_id integer,
  object_type text NOT NULL,
  object_identity text,
  address_type text,
  address_names text[],
  address_args text[],
  dropped boolean NOT NULL
);
-- No backslash in the pattern: its meaning would follow the session's standard_conforming_strings, which a
-- user's script may have turned off.
CREATE FUNCTION driftgate_audit.statement_id() RETURNS integer LANGUAGE sql STABLE AS
$fn$ SELECT (substring(current_query() FROM '^/[*]dg:([0-9]+)[*]/'))::integer $fn$;
-- The triggers run inside users' statements: their search_path is pinned, whatever the session set, and they
-- write the log with their owner's rights, as the role that builds scratch databases may not.
CREATE FUNCTION driftgate_audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog AS
$fn$
BEGIN
  INSERT INTO driftgate_audit.ddl_log
    (statement_id, object_type, object_identity, address_type, address_names, address_args, dropped)
  SELECT driftgate_audit.statement_id(), c.object_type, c.object_identity, a.type, a.object_names, a.object_args,
         false
  FROM pg_event_trigger_ddl_commands() c
  CROSS JOIN LATERAL pg_identify_object_as_address(c.classid, c.objid, c.objsubid) a
  WHERE NOT c.in_extension AND c.object_identity IS NOT NULL;
  -- PostgreSQL names no object for these: the log keeps the statement, blame reads the objects in its text
  INSERT INTO driftgate_audit.ddl_log (statement_id, object_type, object_identity, dropped)
  SELECT driftgate_audit.statement_id(), c.command_tag, c.object_type, false
  FROM pg_event_trigger_ddl_commands() c
  WHERE NOT c.in_extension AND c.command_tag IN ('GRANT', 'REVOKE', 'ALTER DEFAULT PRIVILEGES');
END
$fn$;
CREATE FUNCTION driftgate_audit.log_drop() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog AS
$fn$
BEGIN
  INSERT INTO driftgate_audit.ddl_log
    (statement_id, object_type, object_identity, address_type, address_names, address_args, dropped)
  SELECT driftgate_audit.statement_id(), d.object_type, d.object_identity, d.object_type, d.address_names,
         d.address_args, true
  FROM pg_event_trigger_dropped_objects() d
  WHERE d.original AND d.object_identity IS NOT NULL;
END
$fn$;

-- A text that changes exactly when the object's definition changes: what probes compare before and after.
CREATE FUNCTION driftgate_audit.describe_relation(rel oid) RETURNS text LANGUAGE sql STABLE AS
$fn$
SELECT concat_ws(E'\n',
  concat(c.relkind, ' ', c.relpersistence, ' rls=', c.relrowsecurity, '/', c.relforcerowsecurity, ' ',
         c.reloptions::text, ' ', c.relreplident),
  pg_get_partkeydef(c.oid),
  pg_get_expr(c.relpartbound, c.oid),
  CASE WHEN c.relkind IN ('i', 'I') THEN pg_get_indexdef(c.oid) END,
  (SELECT string_agg(concat(inh.inhrelid::regclass::text, ' ', pg_get_expr(p.relpartbound, p.oid)), E'\n'
                     ORDER BY inh.inhrelid::regclass::text)
   FROM pg_inherits inh JOIN pg_class p ON p.oid = inh.inhrelid WHERE inh.inhparent = c.oid),
  CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
  obj_description(c.oid, 'pg_class'),
  (SELECT string_agg(concat_ws(' ', a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
            pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, a.attcollation,
            col_description(c.oid, a.attnum)), E'\n' ORDER BY a.attnum)
   FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
  (SELECT string_agg(concat(con.conname, ' ', pg_get_constraintdef(con.oid)), E'\n' ORDER BY con.conname)
   FROM pg_constraint con WHERE con.conrelid = c.oid),
  (SELECT string_agg(concat(pg_get_indexdef(i.indexrelid), ' ', ic.reloptions::text), E'\n' ORDER BY 1)
   FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid),
  (SELECT string_agg(concat(pg_get_triggerdef(t.oid), ' ', t.tgenabled), E'\n' ORDER BY t.tgname)
   FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal),
  (SELECT string_agg(concat_ws(' ', p.polname, p.polcmd, p.polpermissive, p.polroles::text,
            pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)), E'\n' ORDER BY p.polname)
   FROM pg_policy p WHERE p.polrelid = c.oid),
  (SELECT string_agg(concat(pg_get_ruledef(r.oid), ' ', r.ev_enabled), E'\n' ORDER BY r.rulename)
   FROM pg_rewrite r WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN'),
  (SELECT string_agg(concat(pg_get_statisticsobjdef(s.oid), ' ', s.stxstattarget), E'\n' ORDER BY s.stxname)
   FROM pg_statistic_ext s WHERE s.stxrelid = c.oid),
  (SELECT concat_ws(' ', s.seqtypid, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
            (SELECT string_agg(concat(dep.refobjid::regclass::text, '.', dep.refobjsubid), ',')
             FROM pg_depend dep
             WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
               AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a'))
   FROM pg_sequence s WHERE s.seqrelid = c.oid))
FROM pg_class c WHERE c.oid = rel
$fn$;
CREATE FUNCTION driftgate_audit.describe(classid oid, objid oid, objsubid integer) RETURNS text
LANGUAGE plpgsql STABLE AS
$fn$
BEGIN
  RETURN CASE classid
    WHEN 'pg_class'::regclass THEN
      CASE WHEN objsubid = 0 THEN driftgate_audit.describe_relation(objid)
      ELSE (SELECT concat_ws(' ', a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, a.attcollation,
                   col_description(a.attrelid, a.attnum))
            FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = objid AND a.attnum = objsubid AND NOT a.attisdropped) END
    WHEN 'pg_proc'::regclass THEN
      -- attributes, then the body as plain text so that callers can compare it by its code
      (SELECT concat_ws(E'\n', p.prokind, pg_get_function_identity_arguments(p.oid), pg_get_function_result(p.oid),
                        p.prolang, p.provolatile, p.proisstrict, p.prosecdef, p.proconfig::text,
                        coalesce(pg_get_function_sqlbody(p.oid), p.prosrc), obj_description(p.oid, 'pg_proc'))
       FROM pg_proc p WHERE p.oid = objid)
    WHEN 'pg_type'::regclass THEN
      (SELECT concat_ws(E'\n', t.typtype, format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,
              (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
              (SELECT string_agg(pg_get_constraintdef(k.oid), ',' ORDER BY 1) FROM pg_constraint k
               WHERE k.contypid = t.oid),
              obj_description(t.oid, 'pg_type'))
       FROM pg_type t WHERE t.oid = objid)
    WHEN 'pg_namespace'::regclass THEN
      (SELECT concat_ws(' ', n.nspname, obj_description(n.oid, 'pg_namespace')) FROM pg_namespace n WHERE n.oid = objid)
    WHEN 'pg_extension'::regclass THEN
      (SELECT concat_ws(' ', x.extname, x.extversion, x.extnamespace) FROM pg_extension x WHERE x.oid = objid)
    WHEN 'pg_trigger'::regclass THEN
      (SELECT concat(pg_get_triggerdef(t.oid), ' ', t.tgenabled) FROM pg_trigger t WHERE t.oid = objid)
    WHEN 'pg_constraint'::regclass THEN
      (SELECT concat_ws(' ', k.conname, k.conrelid::regclass, k.contypid::regtype, pg_get_constraintdef(k.oid))
       FROM pg_constraint k WHERE k.oid = objid)
    WHEN 'pg_policy'::regclass THEN
      (SELECT concat_ws(' ', p.polname, p.polcmd, p.polpermissive, p.polroles::text,
              pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid))
       FROM pg_policy p WHERE p.oid = objid)
    WHEN 'pg_attrdef'::regclass THEN
      (SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d WHERE d.oid = objid)
    WHEN 'pg_statistic_ext'::regclass THEN
      (SELECT concat(pg_get_statisticsobjdef(s.oid), ' ', s.stxstattarget) FROM pg_statistic_ext s WHERE s.oid = objid)
    WHEN 'pg_rewrite'::regclass THEN
      (SELECT concat(pg_get_ruledef(r.oid), ' ', r.ev_enabled) FROM pg_rewrite r WHERE r.oid = objid)
    -- anything else is compared by existence: its description names it without oids
    ELSE pg_describe_object(classid, objid, objsubid)
  END;
END
$fn$;
-- Describes the object at an address, or returns NULL when no such object exists (yet, or any more).
CREATE FUNCTION driftgate_audit.describe_address(type text, names text[], args text[]) RETURNS text
LANGUAGE plpgsql STABLE AS
$fn$
DECLARE
  a record;
BEGIN
  SELECT * INTO a FROM pg_get_object_address(type, names, args);
  RETURN coalesce(driftgate_audit.describe(a.classid, a.objid, a.objsubid), '');
EXCEPTION WHEN OTHERS THEN
  RETURN NULL;
END
$fn$;
-- The build role reads the log and describes objects (blame, probes); nobody but the triggers writes it.
GRANT USAGE ON SCHEMA driftgate_audit TO PUBLIC;
GRANT SELECT ON driftgate_audit.ddl_log TO PUBLIC;
CREATE EVENT TRIGGER driftgate_audit_ddl ON ddl_command_end EXECUTE FUNCTION driftgate_audit.log_ddl();
CREATE EVENT TRIGGER driftgate_audit_drop ON sql_drop EXECUTE FUNCTION driftgate_audit.log_drop();
