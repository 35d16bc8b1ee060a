-- 004_widen_support_batches_overview (app)
-- Adds a column to the view support_batches_overview.
-- Idempotent: safe to re-run, and a no-op on a fresh install.

CREATE OR REPLACE VIEW support_batches_overview AS
SELECT c.id,
       c.code,
       c.created_at,
       p.code AS payroll_events_code,
       c.payroll_events_id
  FROM support_batches c
  JOIN payroll_events p ON p.id = c.payroll_events_id;

