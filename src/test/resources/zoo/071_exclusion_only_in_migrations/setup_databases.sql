-- an exclusion constraint only a migration declares
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer, during tstzrange);
