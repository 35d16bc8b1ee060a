ALTER TABLE audit.entries
    ADD COLUMN keep_days integer NOT NULL DEFAULT ${retention_days} CHECK (keep_days > 0);
CREATE FUNCTION retention() RETURNS integer LANGUAGE sql AS $$ SELECT ${retention_days} $$;
