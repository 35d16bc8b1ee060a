-- a policy only setup creates
CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_notes ON notes;
