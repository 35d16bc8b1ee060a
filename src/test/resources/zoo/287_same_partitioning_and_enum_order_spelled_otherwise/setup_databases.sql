-- the same partitioning and the same enum label order reached another way (quoted key, labels added BEFORE and AFTER): nothing to rewrite
CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE TABLE readings (taken_on date NOT NULL, lvl level) PARTITION BY RANGE (taken_on);
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
