DROP INDEX IF EXISTS jobs_pending_idx;
CREATE INDEX jobs_pending_idx ON jobs (priority) WHERE state = 'pending';
