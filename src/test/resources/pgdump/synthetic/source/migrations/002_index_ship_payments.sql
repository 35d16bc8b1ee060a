-- 002_index_ship_payments (app)
-- Indexes ship_payments (title, email).
-- Idempotent: safe to re-run, and a no-op on a fresh install.

CREATE INDEX IF NOT EXISTS ship_payments_title_email_idx ON ship_payments (title, email);

