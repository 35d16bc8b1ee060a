-- row level security forced after migrations only
CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
