-- a migration rebuilds an index with another predicate that a later migration restores: a fresh install gets the wrong one
CREATE TABLE jobs (id integer PRIMARY KEY, state text NOT NULL, priority integer NOT NULL);
CREATE INDEX jobs_pending_idx ON jobs (priority) WHERE state = 'pending';
