-- a partitioned table with partitions and rows in setup, a plain table after the migrations, a view over it: the view is dropped before the table is made again and created after
CREATE TABLE readings (taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE VIEW recent AS SELECT taken_on, value FROM readings WHERE taken_on > '2026-06-01';
INSERT INTO readings VALUES ('2026-07-01', 1.5), ('2026-02-01', 2);
