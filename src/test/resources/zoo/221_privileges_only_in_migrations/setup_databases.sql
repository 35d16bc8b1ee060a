-- grants only the migrations make: a table to PUBLIC, a function, an enum type, a domain
CREATE ROLE app_writer NOLOGIN;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE notes (id bigint PRIMARY KEY, body text, mood mood, author email);
CREATE FUNCTION note_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM notes';
REVOKE USAGE ON TYPE mood FROM PUBLIC;
