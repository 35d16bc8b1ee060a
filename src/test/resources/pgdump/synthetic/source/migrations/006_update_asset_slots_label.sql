-- 006_update_asset_slots_label (app)
-- Shows the id in asset_slots_label.
-- Idempotent: safe to re-run, and a no-op on a fresh install.

CREATE OR REPLACE FUNCTION asset_slots_label(p_id bigint) RETURNS text
    LANGUAGE sql STABLE
AS $$
    SELECT code || ' #' || id FROM asset_slots WHERE id = p_id
$$;

