-- a migration re-attaches a partition with other bounds that a later migration restores: a fresh install gets the wrong ones
CREATE TABLE readings (taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
