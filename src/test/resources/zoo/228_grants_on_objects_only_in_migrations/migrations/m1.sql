-- grants on a table, its identity sequence, a sequence and a function that only the migrations create
CREATE ROLE app_events NOLOGIN;
CREATE TABLE IF NOT EXISTS accounts (id bigint PRIMARY KEY);
CREATE SEQUENCE IF NOT EXISTS event_batches;
CREATE TABLE IF NOT EXISTS events (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id bigint REFERENCES accounts, payload jsonb);
CREATE OR REPLACE FUNCTION event_count(account bigint) RETURNS bigint LANGUAGE plpgsql STABLE
  AS 'BEGIN RETURN (SELECT count(*) FROM events WHERE account_id = account); END';
GRANT SELECT, INSERT ON events TO app_events;
GRANT USAGE ON SEQUENCE events_id_seq, event_batches TO app_events;
REVOKE EXECUTE ON FUNCTION event_count(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_count(bigint) TO app_events;
