-- 008_create_media_teams (app)
-- Creates media_teams.
-- Idempotent: safe to re-run, and a no-op on a fresh install.

CREATE TABLE IF NOT EXISTS media_teams (
    id bigint GENERATED ALWAYS AS IDENTITY,
    code varchar(20) NOT NULL,
    quality_devices_id bigint,
    visits integer NOT NULL DEFAULT 0,
    weight numeric(10,3),
    is_active boolean NOT NULL DEFAULT true,
    deleted_at timestamptz,
    public_id uuid NOT NULL DEFAULT gen_random_uuid(),
    amount numeric(12,2) NOT NULL DEFAULT 0,
    name varchar(200) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT media_teams_pkey PRIMARY KEY (id),
    CONSTRAINT media_teams_code_check CHECK (char_length(code) > 0),
    CONSTRAINT media_teams_quality_devices_id_fkey FOREIGN KEY (quality_devices_id) REFERENCES quality_devices (id) ON DELETE SET NULL,
    CONSTRAINT media_teams_code_key UNIQUE (code),
    CONSTRAINT media_teams_public_id_key UNIQUE (public_id),
    CONSTRAINT media_teams_amount_check CHECK (amount >= 0)
);

COMMENT ON TABLE media_teams IS 'Synthetic media teams.';

CREATE INDEX IF NOT EXISTS media_teams_quality_devices_id_idx ON media_teams (quality_devices_id);

CREATE INDEX IF NOT EXISTS media_teams_created_at_partial_idx ON media_teams (created_at) WHERE deleted_at IS NULL;

