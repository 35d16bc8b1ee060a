-- a column type and an index that the partitioned table and each of its partitions show: one root cause each, the partitions related
CREATE TABLE events (id bigint NOT NULL, happened_on date NOT NULL, payload varchar(100)) PARTITION BY RANGE (happened_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
