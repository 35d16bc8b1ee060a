-- an exclusion constraint only a migration declares
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE IF NOT EXISTS bookings (id integer PRIMARY KEY, room integer, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
