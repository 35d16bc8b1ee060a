-- 005_add_columns_to_clinic_plans (app)
-- Adds reviewed_at, tags to clinic_plans.
-- Idempotent: safe to re-run, and a no-op on a fresh install.

ALTER TABLE clinic_plans ADD COLUMN IF NOT EXISTS reviewed_at timestamptz;

ALTER TABLE clinic_plans ADD COLUMN IF NOT EXISTS tags jsonb NOT NULL DEFAULT '[]'::jsonb;

