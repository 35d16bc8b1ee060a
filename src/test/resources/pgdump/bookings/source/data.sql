-- A little data for the corpus's plain dump (pg_dump without --schema-only):
-- one organization with a site, resources and reservations. Not part of the
-- project: src/test/resources/pgdump/README.md says what it is for.

INSERT INTO auth.organizations (slug, name, plan, seats, contact_email)
VALUES ('acme', 'ACME Corp', 'team', 25, 'facilities@acme.example');

INSERT INTO auth.users (id, email, display_name, tags) VALUES
    ('6f1c1c9e-1d7e-4a8e-9a55-0d7b7c0e2a01', 'ada@acme.example', 'Ada Lovelace', '{admin,early-adopter}'),
    ('6f1c1c9e-1d7e-4a8e-9a55-0d7b7c0e2a02', 'alan@acme.example', 'Alan Turing', '{}');

INSERT INTO auth.memberships (organization_id, user_id, role)
SELECT o.id, u.id, CASE WHEN u.email LIKE 'ada%' THEN 'owner'::auth.user_role ELSE 'member' END
  FROM auth.organizations o, auth.users u;

INSERT INTO booking.sites (id, organization_id, name, address, time_zone)
SELECT 1, id, 'Head office', E'1 Main Street\nSpringfield', 'Europe/Berlin' FROM auth.organizations;

INSERT INTO booking.amenities (code, label) VALUES ('projector', 'Projector'), ('whiteboard', 'Whiteboard');

INSERT INTO booking.resources (id, site_id, kind, name, capacity, attributes) VALUES
    (1, 1, 'room', 'Room "Babbage"', 8, '{"projector": true}'),
    (2, 1, 'desk', 'Desk 4.12', 1, '{}');

INSERT INTO booking.reservations (organization_id, resource_id, booked_by, during, status, title)
SELECT o.id, 1, '6f1c1c9e-1d7e-4a8e-9a55-0d7b7c0e2a01',
       tstzrange('2026-03-02 09:00+01', '2026-03-02 10:30+01'), 'confirmed', 'Weekly planning'
  FROM auth.organizations o;

INSERT INTO public.feature_flags (name, enabled, rollout_percent, description)
VALUES ('new_calendar', true, 50, 'The week view with drag and drop; tab	separated');
