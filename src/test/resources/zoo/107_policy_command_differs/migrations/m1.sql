-- FOR ALL against FOR SELECT
CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_notes ON notes;
CREATE POLICY own_notes ON notes FOR SELECT USING (owner = current_user);
