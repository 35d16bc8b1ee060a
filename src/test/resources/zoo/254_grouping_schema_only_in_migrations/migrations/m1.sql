CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY);
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE TABLE IF NOT EXISTS reporting.totals (day date PRIMARY KEY, amount numeric(12,2) NOT NULL);
CREATE INDEX IF NOT EXISTS idx_totals_amount ON reporting.totals (amount);
CREATE OR REPLACE VIEW reporting.recent AS SELECT day, amount FROM reporting.totals WHERE day > date '2024-01-01';
CREATE OR REPLACE FUNCTION reporting.total_of(d date) RETURNS numeric LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN (SELECT amount FROM reporting.totals WHERE day = d); END $$;
