-- Seed of a new master database, run by `driftgate init-db` (multi-tenant mode) right after the
-- master tier of setup_databases.sql, in the same transaction.
-- Inputs (session settings that driftgate sets; never a password in clear):
--   driftgate.admin_email          the first platform operator's e-mail (ADMIN_EMAIL)
--   driftgate.admin_password_hash  bcrypt hash of ADMIN_PASSWORD, or of the generated password

INSERT INTO admin_users (email, password_hash, full_name, role)
VALUES (current_setting('driftgate.admin_email'),
        current_setting('driftgate.admin_password_hash'),
        'Administrator',
        'superadmin')
ON CONFLICT (email) DO NOTHING;
