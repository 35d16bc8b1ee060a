-- a partition whose bounds the migration changes
CREATE TABLE "Readings" (taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE "Readings 2026" PARTITION OF "Readings" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
