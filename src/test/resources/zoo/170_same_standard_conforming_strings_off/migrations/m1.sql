CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, body text DEFAULT 'it''s');
COMMENT ON TABLE notes IS E'the team\'s notes';
