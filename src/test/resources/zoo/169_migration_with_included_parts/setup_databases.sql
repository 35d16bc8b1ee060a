-- parts: a migration that pulls in files next to it with \i is one migration, its parts are no migrations
CREATE TABLE items (id integer PRIMARY KEY, note text);
CREATE TABLE tags (id integer PRIMARY KEY, label text NOT NULL);
