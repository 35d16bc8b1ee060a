-- replica identities set in setup (FULL, USING INDEX, NOTHING) that the migrations set otherwise or not at all
CREATE TABLE IF NOT EXISTS events (id bigint PRIMARY KEY, payload text);
CREATE TABLE IF NOT EXISTS accounts (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS accounts_email_key ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY FULL;
CREATE TABLE IF NOT EXISTS audit (id bigint, note text);
