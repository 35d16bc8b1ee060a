-- setup has a web of objects that depend on each other which no migration creates
CREATE TABLE base (id integer PRIMARY KEY);
CREATE SCHEMA ledger;
CREATE TYPE ledger.state AS ENUM ('open', 'closed');
CREATE DOMAIN ledger.amount AS numeric(12, 2) CHECK (VALUE >= 0);
CREATE SEQUENCE ledger.codes;
CREATE FUNCTION ledger.next_code() RETURNS text LANGUAGE sql AS $$SELECT 'C' || nextval('ledger.codes')$$;
CREATE FUNCTION ledger.positive(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT n > 0$$;
-- a_child references z_parent: alphabetical order would create the child first
CREATE TABLE ledger.z_parent (id serial PRIMARY KEY, code text NOT NULL DEFAULT ledger.next_code(), state ledger.state);
CREATE TABLE ledger.a_child (id integer PRIMARY KEY CHECK (ledger.positive(id)), parent_id integer REFERENCES ledger.z_parent (id), total ledger.amount);
ALTER TABLE base ADD COLUMN child_id integer REFERENCES ledger.a_child (id);
-- a partitioned table whose partition sorts before it
CREATE TABLE ledger.readings (taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE ledger.a_readings_2026 PARTITION OF ledger.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- a_view selects from z_view: alphabetical order would create it first
-- a SQL function whose body reads a table: created before the tables in a fix script
CREATE FUNCTION ledger.children() RETURNS bigint LANGUAGE sql STABLE AS $$SELECT count(*) FROM ledger.a_child$$;
CREATE VIEW ledger.z_view AS SELECT id, code FROM ledger.z_parent;
CREATE VIEW ledger.a_view AS SELECT id FROM ledger.z_view;
CREATE FUNCTION ledger.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER touch BEFORE UPDATE ON ledger.a_child FOR EACH ROW EXECUTE FUNCTION ledger.touch();
ALTER TABLE ledger.a_child ENABLE ROW LEVEL SECURITY;
CREATE POLICY positive_only ON ledger.a_child USING (ledger.positive(id));
CREATE RULE no_delete AS ON DELETE TO ledger.z_parent DO INSTEAD NOTHING;
CREATE UNIQUE INDEX z_parent_code ON ledger.z_parent (code);
ALTER TABLE ledger.z_parent REPLICA IDENTITY USING INDEX z_parent_code;
COMMENT ON VIEW ledger.a_view IS 'depends on z_view';
