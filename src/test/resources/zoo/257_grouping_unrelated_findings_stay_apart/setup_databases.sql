-- differences that look related but are not: an index on a table both sides have, a partition whose comment differs otherwise than its parent's, a column type of a type both sides have
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE events (id bigint NOT NULL, happened_on date NOT NULL) PARTITION BY RANGE (happened_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON TABLE events IS 'all events';
COMMENT ON TABLE events_2024 IS 'events of 2024';
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (id integer PRIMARY KEY, mood mood);
