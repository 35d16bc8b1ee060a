-- row level security enabled in setup only
CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
