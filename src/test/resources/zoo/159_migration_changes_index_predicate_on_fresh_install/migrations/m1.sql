CREATE TABLE IF NOT EXISTS jobs (id integer PRIMARY KEY, state text NOT NULL, priority integer NOT NULL);
DROP INDEX IF EXISTS jobs_pending_idx;
CREATE INDEX jobs_pending_idx ON jobs (priority) WHERE state <> 'done';
