CREATE OR REPLACE VIEW recent_events AS SELECT id, kind FROM events WHERE id > 0;
