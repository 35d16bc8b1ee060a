-- equivalent: a script written with standard_conforming_strings off, where a backslash escapes a quote
SET standard_conforming_strings = off;
CREATE TABLE notes (id integer PRIMARY KEY, body text DEFAULT 'it\'s');
COMMENT ON TABLE notes IS 'the team\'s notes';
