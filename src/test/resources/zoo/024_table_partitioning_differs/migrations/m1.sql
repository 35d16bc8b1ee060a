-- a partitioned table in setup, a plain table after migrations
CREATE TABLE IF NOT EXISTS events (id bigint NOT NULL, happened_on date NOT NULL);
