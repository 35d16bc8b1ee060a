-- a plain table the migrations partition, attaching another existing table with its rows as a partition: the fix makes the table again and attaches that one as it is
CREATE TABLE events (id bigint NOT NULL, happened_on date NOT NULL, note text);
CREATE TABLE events_2025 (id bigint NOT NULL, happened_on date NOT NULL, note text);
INSERT INTO events VALUES (1, '2026-05-01', 'new');
INSERT INTO events_2025 VALUES (2, '2025-05-01', 'old');
