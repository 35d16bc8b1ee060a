-- a migration sets NOT NULL that setup lacks
CREATE TABLE items (id integer PRIMARY KEY, v text);
