-- a policy only a migration creates
CREATE TABLE notes (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
