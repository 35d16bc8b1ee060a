-- FOR ALL against FOR SELECT
CREATE TABLE notes (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON notes USING (owner = current_user);
