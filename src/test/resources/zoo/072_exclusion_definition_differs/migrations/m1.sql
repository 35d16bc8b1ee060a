-- a named exclusion constraint over another operator
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE IF NOT EXISTS bookings (id integer PRIMARY KEY, room integer, during tstzrange, CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&));
