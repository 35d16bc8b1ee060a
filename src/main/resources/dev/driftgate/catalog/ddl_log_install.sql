-- Installed in the template of every scratch database: an event trigger logs each object a DDL command creates,
-- alters or drops, with the id of the client statement that ran it (the /*dg:N*/ tag driftgate prepends), also
-- when the DDL ran inside a DO block or a function.
CREATE SCHEMA driftgate_audit;
CREATE TABLE driftgate_audit.ddl_log (
  seq bigserial PRIMARY KEY,
  statement_id integer,
  object_type text NOT NULL,
  object_identity text,
  dropped boolean NOT NULL
);
CREATE FUNCTION driftgate_audit.statement_id() RETURNS integer LANGUAGE sql STABLE AS
$fn$ SELECT (substring(current_query() FROM '^/\*dg:([0-9]+)\*/'))::integer $fn$;
CREATE FUNCTION driftgate_audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS
$fn$
BEGIN
  INSERT INTO driftgate_audit.ddl_log (statement_id, object_type, object_identity, dropped)
  SELECT driftgate_audit.statement_id(), c.object_type, c.object_identity, false
  FROM pg_event_trigger_ddl_commands() c
  WHERE NOT c.in_extension AND c.object_identity IS NOT NULL;
END
$fn$;
CREATE FUNCTION driftgate_audit.log_drop() RETURNS event_trigger LANGUAGE plpgsql AS
$fn$
BEGIN
  INSERT INTO driftgate_audit.ddl_log (statement_id, object_type, object_identity, dropped)
  SELECT driftgate_audit.statement_id(), d.object_type, d.object_identity, true
  FROM pg_event_trigger_dropped_objects() d
  WHERE d.original AND d.object_identity IS NOT NULL;
END
$fn$;
CREATE EVENT TRIGGER driftgate_audit_ddl ON ddl_command_end EXECUTE FUNCTION driftgate_audit.log_ddl();
CREATE EVENT TRIGGER driftgate_audit_drop ON sql_drop EXECUTE FUNCTION driftgate_audit.log_drop();
