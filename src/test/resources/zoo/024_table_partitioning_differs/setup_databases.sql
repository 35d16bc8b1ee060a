-- a partitioned table in setup, a plain table after migrations
CREATE TABLE events (id bigint NOT NULL, happened_on date NOT NULL) PARTITION BY RANGE (happened_on);
