CREATE TABLE IF NOT EXISTS notes (id integer PRIMARY KEY, body text DEFAULT 'a\b');
CREATE TABLE IF NOT EXISTS paths (id integer PRIMARY KEY, root text DEFAULT 'C:\\temp');
