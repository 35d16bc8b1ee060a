-- add_project_dependencies (tenant)
-- Dependencies between projects on the timeline: a project may wait for another
-- to finish (or start) before it starts, with an optional lag in days.
-- Idempotent: safe to re-run, and a no-op on a fresh install from setup_databases.sql.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'dependency_kind') THEN
        CREATE TYPE dependency_kind AS ENUM ('finish_to_start', 'start_to_start', 'finish_to_finish');
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS project_dependencies (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id      uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    depends_on_id   uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind            dependency_kind NOT NULL DEFAULT 'finish_to_start',
    lag_days        integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT project_dependencies_pair_key UNIQUE (project_id, depends_on_id),
    CONSTRAINT project_dependencies_not_self CHECK (project_id <> depends_on_id)
);

-- "what waits for this project?" is the planner's question when a project slips
CREATE INDEX IF NOT EXISTS idx_project_dependencies_depends_on ON project_dependencies (depends_on_id);

COMMENT ON TABLE project_dependencies IS 'Which project waits for which on the timeline.';
