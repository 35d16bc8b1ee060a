-- upgrade_to_v90 (tenant)
-- Major version upgrade to Milestone 9.0:
--   * projects get a priority (1-5) and can be archived instead of deleted
--   * bookings get a 'completed' state between confirmed and cancelled
--   * users get a locale and free-form UI preferences
--   * milestones get updated_at (and its trigger) for the sync protocol
--   * phases may no longer end before they start
--   * set_updated_at() ignores no-op updates
--   * the staffing overview exposes the priority; the status index covers dates
-- Idempotent: safe to re-run, and a no-op on a fresh install from setup_databases.sql.

-- Enum labels. New labels must not be used later in this file: the runner
-- applies the whole file in one transaction and PostgreSQL only allows the use
-- of a new label after commit.
DO $do$
BEGIN
    IF NOT EXISTS (
        SELECT 1
          FROM pg_enum e
          JOIN pg_type t ON t.oid = e.enumtypid
         WHERE t.typname = 'project_status'
           AND e.enumlabel = 'archived'
    ) THEN
        ALTER TYPE project_status ADD VALUE 'archived';
    END IF;
END
$do$;

ALTER TYPE booking_status ADD VALUE IF NOT EXISTS 'completed' AFTER 'confirmed';

-- projects.priority
ALTER TABLE projects ADD COLUMN IF NOT EXISTS priority smallint NOT NULL DEFAULT 3;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'projects_priority_range') THEN
        ALTER TABLE projects ADD CONSTRAINT projects_priority_range CHECK (priority BETWEEN 1 AND 5);
    END IF;
END
$$;

COMMENT ON COLUMN projects.priority IS '1 = highest, 5 = lowest; drives the timeline''s default sort.';

-- users: locale and preferences
ALTER TABLE users ADD COLUMN IF NOT EXISTS locale varchar(10) NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN IF NOT EXISTS preferences jsonb NOT NULL DEFAULT '{}'::jsonb;

-- milestones: updated_at + trigger
ALTER TABLE milestones ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();

DROP TRIGGER IF EXISTS trg_milestones_updated_at ON milestones;
CREATE TRIGGER trg_milestones_updated_at
    BEFORE UPDATE ON milestones
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- longer job titles (customer request); widening varchar never rewrites the table
ALTER TABLE staff ALTER COLUMN job_title TYPE varchar(150);

-- phases: end may not precede start. Existing bad rows are repaired first,
-- otherwise adding the constraint would fail on upgraded tenants.
DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'project_phases_dates_check') THEN
        UPDATE project_phases SET end_date = start_date WHERE end_date < start_date;
        ALTER TABLE project_phases
            ADD CONSTRAINT project_phases_dates_check CHECK (end_date >= start_date);
        RAISE NOTICE 'added constraint project_phases_dates_check (phases ending before they start were set to ''start_date'')';
    END IF;
END
$do$;

-- the planner filters by status and period together; the old single-column
-- index is superseded by this one
DROP INDEX IF EXISTS idx_projects_status;
CREATE INDEX IF NOT EXISTS idx_projects_status_dates ON projects (status, start_date, end_date) WHERE deleted_at IS NULL;

CREATE INDEX IF NOT EXISTS idx_activity_log_user_created ON activity_log (user_id, created_at DESC);

-- trigger function: skip no-op updates
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    -- only touch updated_at when the row really changed; presence heartbeats
    -- and idempotent API PUTs would otherwise churn the timestamp
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$function$;

-- view: new column at the end, so CREATE OR REPLACE VIEW is allowed
CREATE OR REPLACE VIEW project_staffing_overview AS
SELECT p.id AS project_id,
       p.project_number,
       p.name AS project_name,
       p.status,
       p.start_date,
       p.end_date,
       count(pa.staff_id) AS staff_count,
       COALESCE(sum(pa.allocation_percent), 0) AS total_allocation_percent,
       p.priority
  FROM projects p
  LEFT JOIN project_assignments pa ON pa.project_id = p.id
 WHERE p.deleted_at IS NULL
 GROUP BY p.id;
