-- a plain table with rows, an owned sequence, an index, a comment, a grant and a foreign key that references it, partitioned by the migrations: the fix makes it again and its rows move
CREATE TABLE events (id bigserial NOT NULL, happened_on date NOT NULL, note text, PRIMARY KEY (id, happened_on));
CREATE INDEX events_note ON events (note);
COMMENT ON TABLE events IS 'what happened';
GRANT SELECT ON events TO PUBLIC;
CREATE TABLE marks (id int PRIMARY KEY, event_id bigint NOT NULL, event_on date NOT NULL, FOREIGN KEY (event_id, event_on) REFERENCES events (id, happened_on));
INSERT INTO events (happened_on, note) VALUES ('2026-03-01', 'first'), ('2026-04-01', 'second');
INSERT INTO marks VALUES (1, 1, '2026-03-01');
