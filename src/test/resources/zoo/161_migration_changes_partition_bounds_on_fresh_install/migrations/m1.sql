CREATE TABLE IF NOT EXISTS readings (taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE IF NOT EXISTS readings_2026 (taken_on date NOT NULL, value numeric);
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'readings_2026'::regclass) THEN
    ALTER TABLE readings DETACH PARTITION readings_2026;
  END IF;
END $$;
ALTER TABLE readings ATTACH PARTITION readings_2026 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
