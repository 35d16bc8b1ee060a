-- Bookings 1.5: a contact address per organization; availability honours
-- blackouts; floor plans moved to object storage.

ALTER TABLE auth.organizations ADD COLUMN IF NOT EXISTS contact_email auth.email_address DEFAULT NULL;
ALTER TABLE auth.organizations ADD COLUMN IF NOT EXISTS billing_note varchar DEFAULT NULL;

ALTER TABLE booking.floors DROP COLUMN IF EXISTS floor_plan;

CREATE OR REPLACE FUNCTION booking.is_available(p_resource bigint, p_during tstzrange) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT NOT EXISTS (
        SELECT 1 FROM booking.reservations r
         WHERE r.resource_id = p_resource AND r.during && p_during AND r.status <> 'cancelled')
       AND NOT EXISTS (
        SELECT 1 FROM booking.blackouts b
         WHERE b.resource_id = p_resource AND b.during && p_during)
$$;

CREATE OR REPLACE VIEW booking.upcoming_reservations AS
SELECT r.id, r.organization_id, r.resource_id, res.name AS resource_name, r.during, r.status, r.title,
       r.booked_by
  FROM booking.reservations r
  JOIN booking.resources res ON res.id = r.resource_id
 WHERE upper(r.during) > now() AND r.status <> 'cancelled';
