-- parts: a migration that pulls in files next to it with \i is one migration, its parts are no migrations
-- \i paths resolve as psql run from this directory resolves them
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY);
\i parts/tags.sql
\i note.sql
