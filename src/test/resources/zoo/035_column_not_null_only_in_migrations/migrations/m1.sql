-- a migration sets NOT NULL that setup lacks
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v text NOT NULL);
