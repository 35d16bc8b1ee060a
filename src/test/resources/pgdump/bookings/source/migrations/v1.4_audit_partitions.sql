-- Bookings 1.4: the audit partition for 2026 Q1 (later quarters land in the
-- default partition until their own upgrade script adds them), and lookups by
-- actor for the "who changed this" page.

CREATE TABLE IF NOT EXISTS audit.events_2026_q1 PARTITION OF audit.events
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');

CREATE INDEX IF NOT EXISTS events_actor_idx ON audit.events (actor) WHERE actor IS NOT NULL;

COMMENT ON TABLE audit.events IS 'Every change to reservations and resources, newest partitions first.';
