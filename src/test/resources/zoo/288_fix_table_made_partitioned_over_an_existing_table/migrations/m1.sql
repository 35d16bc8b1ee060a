-- a plain table the migrations partition, attaching another existing table with its rows as a partition: the fix makes the table again and attaches that one as it is
CREATE TABLE IF NOT EXISTS events (id bigint NOT NULL, happened_on date NOT NULL, note text) PARTITION BY RANGE (happened_on);
CREATE TABLE IF NOT EXISTS events_2025 (id bigint NOT NULL, happened_on date NOT NULL, note text);
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'events_2025'::regclass) THEN ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01'); END IF; END $$;
CREATE TABLE IF NOT EXISTS events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
