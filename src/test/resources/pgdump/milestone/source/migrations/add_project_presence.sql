-- add_project_presence (tenant)
-- Real-time presence tracking: which users currently have a project open.
-- The websocket layer upserts a row per heartbeat; stale rows are pruned by
-- prune_project_presence(), called from the scheduler.
-- Idempotent: safe to re-run, and a no-op on a fresh install from setup_databases.sql.

CREATE TABLE IF NOT EXISTS project_presence (
    project_id      uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id      varchar(64) NOT NULL,
    current_view    varchar(50),
    cursor          jsonb,
    connected_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, user_id)
);

-- pruning scans by age
CREATE INDEX IF NOT EXISTS idx_project_presence_last_seen ON project_presence (last_seen_at);

CREATE OR REPLACE FUNCTION prune_project_presence(max_age interval DEFAULT '00:02:00') RETURNS integer
    LANGUAGE plpgsql
AS $$
DECLARE
    removed integer;
BEGIN
    DELETE FROM project_presence WHERE last_seen_at < now() - max_age;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END;
$$;

COMMENT ON FUNCTION prune_project_presence(interval) IS 'Removes presence rows without a heartbeat for max_age; returns the count.';
