-- 010_link_school_assets_to_project_routes (app)
-- References project_routes from school_assets.
-- Idempotent: safe to re-run, and a no-op on a fresh install.

ALTER TABLE school_assets ADD COLUMN IF NOT EXISTS project_routes_id bigint;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'school_assets_project_routes_id_fkey' AND conrelid = 'public.school_assets'::regclass) THEN
        ALTER TABLE school_assets ADD CONSTRAINT school_assets_project_routes_id_fkey FOREIGN KEY (project_routes_id) REFERENCES project_routes (id) ON DELETE SET NULL;
    END IF;
END
$$;

CREATE INDEX IF NOT EXISTS school_assets_project_routes_id_idx ON school_assets (project_routes_id);

