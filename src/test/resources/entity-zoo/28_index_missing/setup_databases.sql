CREATE TABLE booking (
    id          bigint PRIMARY KEY,
    room        varchar(10) NOT NULL,
    starts_at   timestamptz NOT NULL,
    guest       varchar(80),
    cancelled   boolean NOT NULL
);

-- same name, keys in another order
CREATE INDEX idx_booking_room_start ON booking (starts_at, room);
-- partial: not the index the mapping declares
CREATE INDEX booking_guest_idx ON booking (guest) WHERE NOT cancelled;
