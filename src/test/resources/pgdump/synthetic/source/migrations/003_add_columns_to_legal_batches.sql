-- 003_add_columns_to_legal_batches (app)
-- Adds score to legal_batches.
-- Idempotent: safe to re-run, and a no-op on a fresh install.

ALTER TABLE legal_batches ADD COLUMN IF NOT EXISTS score numeric(5,2);

