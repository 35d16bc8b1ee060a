-- replica identities set in setup (FULL, USING INDEX, NOTHING) that the migrations set otherwise or not at all
CREATE TABLE events (id bigint PRIMARY KEY, payload text);
ALTER TABLE events REPLICA IDENTITY FULL;
CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_key;
CREATE TABLE audit (id bigint, note text);
ALTER TABLE audit REPLICA IDENTITY NOTHING;
