CREATE TABLE IF NOT EXISTS events (id bigint NOT NULL, happened_on date NOT NULL, payload varchar(100)) PARTITION BY RANGE (happened_on);
CREATE TABLE IF NOT EXISTS events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE IF NOT EXISTS events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE events ALTER COLUMN payload TYPE varchar(200);
CREATE INDEX IF NOT EXISTS idx_events_happened_on ON events (happened_on);
