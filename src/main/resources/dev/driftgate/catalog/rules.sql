-- Rewrite rules of tables and views other than a view's own _RETURN, definition minus the name and the final
-- semicolon. ? = oids of the user schemas, then, twice, the oids of the relations to read (null: every one).
SELECT r.ev_class, r.rulename,
       rtrim(replace(pg_get_ruledef(r.oid, true),
                     'CREATE RULE ' || quote_ident(r.rulename) || ' AS', 'CREATE RULE AS'), ';') AS definition,
       r.ev_enabled <> 'D' AS enabled
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
WHERE r.rulename <> '_RETURN'
  AND c.relnamespace = ANY (?)
  AND (c.oid = ANY (?::oid[]) OR ?::oid[] IS NULL)
