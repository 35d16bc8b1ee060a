-- the baseline sets search_path to another schema; the next migration's unqualified table still lands in public
CREATE SCHEMA audit;
CREATE TABLE audit.events (id integer PRIMARY KEY);
CREATE TABLE notes (id integer PRIMARY KEY, body text);
