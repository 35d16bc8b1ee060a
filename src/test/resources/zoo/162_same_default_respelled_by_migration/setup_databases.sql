-- a migration respells a default the canonical script already has: no change on a fresh install
CREATE TABLE events (id integer PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, kind varchar(10) DEFAULT 'info');
