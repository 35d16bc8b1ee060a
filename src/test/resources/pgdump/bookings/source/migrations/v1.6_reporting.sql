-- Bookings 1.6: monthly usage for the dashboards (refreshed nightly), feature
-- flags, and a procedure the scheduler calls to purge old cancellations.

CREATE MATERIALIZED VIEW IF NOT EXISTS reporting.monthly_usage AS
SELECT r.organization_id, date_trunc('month', lower(r.during)) AS month, r.resource_id,
       count(*) AS reservations, sum(r.length) AS booked
  FROM booking.reservations r
 WHERE r.status = 'confirmed'
 GROUP BY 1, 2, 3
WITH NO DATA;

CREATE UNIQUE INDEX IF NOT EXISTS monthly_usage_key
    ON reporting.monthly_usage (organization_id, month, resource_id);

COMMENT ON MATERIALIZED VIEW reporting.monthly_usage IS 'Refreshed nightly by the scheduler.';

CREATE TABLE IF NOT EXISTS feature_flags (
    name            text PRIMARY KEY,
    enabled         boolean NOT NULL DEFAULT false,
    rollout_percent smallint NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100),
    description     text
);

CREATE OR REPLACE PROCEDURE booking.purge_cancelled(older_than interval DEFAULT '1 year')
    LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM booking.reservations
     WHERE status = 'cancelled' AND cancelled_at < now() - older_than;
END
$$;
