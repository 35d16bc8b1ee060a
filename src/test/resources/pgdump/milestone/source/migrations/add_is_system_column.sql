-- add_is_system_column (tenant)
-- System column flag: settings and custom columns shipped by Milestone itself
-- are marked is_system so the UI can protect them from edits and deletion.
-- Idempotent: safe to re-run, and a no-op on a fresh install from setup_databases.sql.

ALTER TABLE custom_columns ADD COLUMN IF NOT EXISTS is_system boolean NOT NULL DEFAULT false;
ALTER TABLE app_settings ADD COLUMN IF NOT EXISTS is_system boolean NOT NULL DEFAULT false;

COMMENT ON COLUMN custom_columns.is_system IS 'Created by Milestone; users cannot delete it.';

-- the settings page lists user-defined columns first and often
CREATE INDEX IF NOT EXISTS idx_custom_columns_user_defined ON custom_columns (entity_type, sort_order) WHERE NOT is_system;

-- settings seeded by init-db before this migration existed
UPDATE app_settings
   SET is_system = true
 WHERE key IN ('company_name', 'default_site', 'working_days', 'fiscal_year_start')
   AND NOT is_system;
