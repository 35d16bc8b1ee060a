-- a plain table with rows, an owned sequence, an index, a comment, a grant and a foreign key that references it, partitioned by the migrations: the fix makes it again and its rows move
CREATE TABLE IF NOT EXISTS events (id bigserial NOT NULL, happened_on date NOT NULL, note text, PRIMARY KEY (id, happened_on)) PARTITION BY RANGE (happened_on);
CREATE TABLE IF NOT EXISTS events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX IF NOT EXISTS events_note ON events (note);
COMMENT ON TABLE events IS 'what happened';
GRANT SELECT ON events TO PUBLIC;
CREATE TABLE IF NOT EXISTS marks (id int PRIMARY KEY, event_id bigint NOT NULL, event_on date NOT NULL, FOREIGN KEY (event_id, event_on) REFERENCES events (id, happened_on));
