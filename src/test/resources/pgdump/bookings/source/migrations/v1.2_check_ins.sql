-- Bookings 1.2: check-in at the resource.
-- Unchecked reservations are released 15 minutes after they start (no_show).

SET search_path = booking, auth, public;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type
                    WHERE typname = 'check_in_method' AND typnamespace = 'booking'::regnamespace) THEN
        CREATE TYPE check_in_method AS ENUM ('qr_code', 'badge', 'manual');
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS check_ins (
    reservation_id  bigint PRIMARY KEY REFERENCES reservations (id) ON DELETE CASCADE,
    method          check_in_method NOT NULL,
    checked_in_at   timestamptz NOT NULL DEFAULT now(),
    checked_in_by   uuid REFERENCES users (id) ON DELETE SET NULL
);

ALTER TABLE reservations ADD COLUMN IF NOT EXISTS checked_in boolean NOT NULL DEFAULT false;

ALTER TYPE reservation_status ADD VALUE IF NOT EXISTS 'no_show' AFTER 'confirmed';
