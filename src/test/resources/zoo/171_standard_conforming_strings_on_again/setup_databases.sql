-- standard_conforming_strings switched back on: a backslash is a backslash again, and a real difference shows
SET standard_conforming_strings = off;
CREATE TABLE notes (id integer PRIMARY KEY, body text DEFAULT 'a\\b');
RESET standard_conforming_strings;
CREATE TABLE paths (id integer PRIMARY KEY, root text DEFAULT 'C:\temp');
