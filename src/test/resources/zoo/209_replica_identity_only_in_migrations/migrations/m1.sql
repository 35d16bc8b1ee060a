-- replica identity USING INDEX set by a migration only; an explicit DEFAULT stays silent
CREATE TABLE IF NOT EXISTS accounts (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS accounts_email_key ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_key;
CREATE TABLE IF NOT EXISTS events (id bigint PRIMARY KEY, payload text);
ALTER TABLE events REPLICA IDENTITY DEFAULT;
