-- the baseline of this scenario: the objects, without their grants
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE notes (id bigint PRIMARY KEY, body text, mood mood, author email);
CREATE FUNCTION note_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM notes';
REVOKE USAGE ON TYPE mood FROM PUBLIC;
