CREATE TABLE IF NOT EXISTS accounts (id integer PRIMARY KEY, slug varchar(50) NOT NULL UNIQUE);
CREATE INDEX IF NOT EXISTS idx_accounts_slug ON accounts (lower(slug));
