-- Seed of a new tenant database, run by `driftgate init-db` right after the tenant tier of
-- setup_databases.sql, in the same transaction.
-- Inputs (session settings that driftgate sets; never a password in clear):
--   driftgate.admin_email          the first administrator's e-mail (ADMIN_EMAIL)
--   driftgate.admin_password_hash  bcrypt hash of ADMIN_PASSWORD, or of the generated password
--   driftgate.tenant_slug          the tenant's slug ('' in single-tenant mode)
-- Idempotent, so that re-running it never duplicates or overwrites anything.

INSERT INTO app_settings (key, value, description, is_system) VALUES
    ('company_name', to_jsonb(COALESCE(NULLIF(current_setting('driftgate.tenant_slug'), ''), 'Milestone')),
     'Name shown in the header and on exports', true),
    ('default_site', 'null'::jsonb, 'Site preselected for new projects and staff', true),
    ('working_days', '[1, 2, 3, 4, 5]'::jsonb, 'ISO weekdays that count as working days', true),
    ('fiscal_year_start', '"01-01"'::jsonb, 'First day (MM-DD) of the fiscal year', true)
ON CONFLICT (key) DO NOTHING;

INSERT INTO users (email, password_hash, full_name, role)
VALUES (current_setting('driftgate.admin_email'),
        current_setting('driftgate.admin_password_hash'),
        'Administrator',
        'admin')
ON CONFLICT ((lower(email))) DO NOTHING;
