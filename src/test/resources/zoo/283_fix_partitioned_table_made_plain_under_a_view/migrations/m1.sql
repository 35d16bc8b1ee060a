-- a partitioned table with partitions and rows in setup, a plain table after the migrations, a view over it: the view is dropped before the table is made again and created after
CREATE TABLE IF NOT EXISTS readings (taken_on date NOT NULL, value numeric);
CREATE OR REPLACE VIEW recent AS SELECT taken_on, value FROM readings WHERE taken_on > '2026-06-01';
