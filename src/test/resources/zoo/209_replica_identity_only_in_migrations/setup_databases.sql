-- replica identity USING INDEX set by a migration only; an explicit DEFAULT stays silent
CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
CREATE TABLE events (id bigint PRIMARY KEY, payload text);
