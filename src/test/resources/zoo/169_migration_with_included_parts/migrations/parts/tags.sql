CREATE TABLE IF NOT EXISTS tags (id integer PRIMARY KEY, label text NOT NULL);
