-- add_company_events (tenant)
-- Company events shown as bands on the timeline (offsites, releases, company
-- meetings). An event without a site applies to every site.
-- Idempotent: safe to re-run, and a no-op on a fresh install from setup_databases.sql.

DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'event_type') THEN
        CREATE TYPE event_type AS ENUM ('company_meeting', 'offsite', 'release', 'training', 'holiday', 'other');
    END IF;
END
$do$;

CREATE TABLE IF NOT EXISTS company_events (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title               varchar(200) NOT NULL,
    description         text,
    event_type          event_type NOT NULL DEFAULT 'other',
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    site_id             integer REFERENCES sites (id) ON DELETE CASCADE,
    color               varchar(7),
    show_on_timeline    boolean NOT NULL DEFAULT true,
    created_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT company_events_dates_check CHECK (ends_on >= starts_on)
);

CREATE INDEX IF NOT EXISTS idx_company_events_period ON company_events (starts_on, ends_on);
CREATE INDEX IF NOT EXISTS idx_company_events_site ON company_events (site_id) WHERE site_id IS NOT NULL;

COMMENT ON COLUMN company_events.site_id IS 'NULL = the event applies to all sites.';

DROP TRIGGER IF EXISTS trg_company_events_updated_at ON company_events;
CREATE TRIGGER trg_company_events_updated_at
    BEFORE UPDATE ON company_events
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
