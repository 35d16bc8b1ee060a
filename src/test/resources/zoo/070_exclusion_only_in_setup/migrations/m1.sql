-- an exclusion constraint only setup declares
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE IF NOT EXISTS bookings (id integer PRIMARY KEY, room integer, during tstzrange);
