-- Bookings: the schema of a fresh installation (1.6).
--
--   createdb bookings && psql -v ON_ERROR_STOP=1 -d bookings -f setup_databases.sql
--
-- Upgrades run migrations/baseline/default.sql's successors in order (see
-- migrations/manifest.yaml); the result must equal this file. Columns an
-- upgrade script adds go at the end of their table here.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA auth;
CREATE SCHEMA booking;
CREATE SCHEMA audit;
CREATE SCHEMA reporting;

COMMENT ON SCHEMA auth IS 'Accounts, organizations and their sessions.';
COMMENT ON SCHEMA booking IS 'Sites, bookable resources and reservations.';
COMMENT ON SCHEMA audit IS 'Append-only change log, partitioned by quarter.';
COMMENT ON SCHEMA reporting IS 'Read-only views for dashboards and exports.';

-- ---------------------------------------------------------------------------
-- Types and domains
-- ---------------------------------------------------------------------------

CREATE TYPE auth.user_role AS ENUM ('owner', 'admin', 'member', 'guest');
CREATE TYPE booking.resource_kind AS ENUM ('room', 'desk', 'parking', 'equipment');
CREATE TYPE booking.reservation_status AS ENUM ('pending', 'confirmed', 'no_show', 'cancelled');
CREATE TYPE booking.rsvp AS ENUM ('invited', 'accepted', 'declined', 'tentative');
CREATE TYPE booking.check_in_method AS ENUM ('qr_code', 'badge', 'manual');
CREATE TYPE public.notification_channel AS ENUM ('email', 'push', 'sms', 'webhook');

CREATE DOMAIN auth.email_address AS text
    CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+$');
COMMENT ON DOMAIN auth.email_address IS 'An e-mail address; case is kept, comparisons use lower().';

CREATE DOMAIN booking.positive_int AS integer
    CONSTRAINT positive_int_check CHECK (VALUE > 0);

CREATE DOMAIN public.slug AS varchar(63)
    NOT NULL
    CHECK (VALUE ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- ---------------------------------------------------------------------------
-- Functions used by defaults, indexes and triggers
-- ---------------------------------------------------------------------------

CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION public.normalize_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT lower(regexp_replace(trim(value), '\s+', ' ', 'g'))
$$;
COMMENT ON FUNCTION public.normalize_text(text) IS 'Lower case, single spaces: the form names are searched in.';

-- ---------------------------------------------------------------------------
-- auth
-- ---------------------------------------------------------------------------

CREATE TABLE auth.organizations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            public.slug UNIQUE,
    name            varchar NOT NULL,
    settings        jsonb NOT NULL DEFAULT '{}'::jsonb,
    plan            text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'team', 'enterprise')),
    seats           booking.positive_int DEFAULT NULL,
    created_at      timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    contact_email   auth.email_address,
    billing_note    varchar
);

CREATE TABLE auth.users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           auth.email_address NOT NULL,
    display_name    varchar NOT NULL,
    password_hash   text DEFAULT NULL,
    locale          varchar(10) NOT NULL DEFAULT 'en',
    time_zone       text NOT NULL DEFAULT 'UTC',
    is_active       boolean NOT NULL DEFAULT true,
    tags            text[] NOT NULL DEFAULT '{}',
    last_login_at   timestamptz DEFAULT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_lower_key ON auth.users (lower(email));
CREATE INDEX users_tags_idx ON auth.users USING gin (tags);
COMMENT ON TABLE auth.users IS 'People who sign in; one account may belong to several organizations.';
COMMENT ON COLUMN auth.users.password_hash IS 'NULL for accounts that only sign in through SSO.';

CREATE TABLE auth.memberships (
    organization_id bigint NOT NULL REFERENCES auth.organizations (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    role            auth.user_role NOT NULL DEFAULT 'member',
    invited_by      uuid REFERENCES auth.users (id) ON DELETE SET NULL,
    joined_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_user_id_idx ON auth.memberships (user_id);

CREATE TABLE auth.sessions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    token_hash      bytea NOT NULL UNIQUE,
    ip              inet,
    user_agent      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    CONSTRAINT sessions_expiry_check CHECK (expires_at > created_at)
);
CREATE INDEX sessions_user_id_expires_at_idx ON auth.sessions (user_id, expires_at DESC);

CREATE TABLE auth.api_tokens (
    id              serial PRIMARY KEY,
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    name            varchar(100) NOT NULL,
    scopes          text[] NOT NULL DEFAULT ARRAY['read']::text[],
    token_prefix    char(8) NOT NULL,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX api_tokens_user_id_name_key ON auth.api_tokens (user_id, name) WHERE revoked_at IS NULL;

CREATE TABLE auth.password_resets (
    id              bigserial PRIMARY KEY,
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    token_hash      bytea NOT NULL,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    used_at         timestamptz
);

-- ---------------------------------------------------------------------------
-- booking
-- ---------------------------------------------------------------------------

CREATE TABLE booking.sites (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES auth.organizations (id) ON DELETE CASCADE,
    name            varchar(200) NOT NULL,
    address         text,
    time_zone       text NOT NULL DEFAULT 'UTC',
    location        point,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);

CREATE TABLE booking.buildings (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    site_id         bigint NOT NULL REFERENCES booking.sites (id) ON DELETE CASCADE,
    name            varchar(200) NOT NULL,
    floors          smallint NOT NULL DEFAULT 1 CHECK (floors BETWEEN 1 AND 200)
);

CREATE TABLE booking.floors (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    building_id     bigint NOT NULL REFERENCES booking.buildings (id) ON DELETE CASCADE,
    level           smallint NOT NULL,
    label           varchar(50),
    UNIQUE (building_id, level)
);

CREATE TABLE booking.amenities (
    id              smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            varchar(40) NOT NULL UNIQUE,
    label           varchar NOT NULL
);

CREATE TABLE booking.resources (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    site_id         bigint NOT NULL REFERENCES booking.sites (id) ON DELETE CASCADE,
    floor_id        bigint REFERENCES booking.floors (id) ON DELETE SET NULL,
    kind            booking.resource_kind NOT NULL DEFAULT 'room',
    name            varchar(200) NOT NULL,
    capacity        booking.positive_int NOT NULL DEFAULT 1,
    is_bookable     boolean NOT NULL DEFAULT true,
    attributes      jsonb NOT NULL DEFAULT '{}'::jsonb,
    min_duration    interval NOT NULL DEFAULT '00:15:00',
    max_duration    interval DEFAULT '08:00:00',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    CONSTRAINT resources_duration_check CHECK (max_duration IS NULL OR max_duration >= min_duration)
);
CREATE INDEX resources_site_id_kind_idx ON booking.resources (site_id, kind) WHERE deleted_at IS NULL;
CREATE INDEX resources_name_search_idx ON booking.resources (public.normalize_text(name));
CREATE INDEX resources_attributes_idx ON booking.resources USING gin (attributes jsonb_path_ops);
COMMENT ON COLUMN booking.resources.attributes IS 'Free-form properties shown on the resource page (projector, standing desk, ...).';

CREATE TABLE booking.resource_amenities (
    resource_id     bigint NOT NULL REFERENCES booking.resources (id) ON DELETE CASCADE,
    amenity_id      smallint NOT NULL REFERENCES booking.amenities (id) ON DELETE RESTRICT,
    quantity        smallint NOT NULL DEFAULT 1 CHECK (quantity > 0),
    PRIMARY KEY (resource_id, amenity_id)
);

CREATE TABLE booking.recurrences (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    rule            text NOT NULL,
    starts_on       date NOT NULL,
    until           date,
    exceptions      date[] NOT NULL DEFAULT '{}',
    CHECK (until IS NULL OR until >= starts_on)
);

CREATE TABLE booking.reservations (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES auth.organizations (id) ON DELETE CASCADE,
    resource_id     bigint NOT NULL REFERENCES booking.resources (id) ON DELETE CASCADE,
    booked_by       uuid REFERENCES auth.users (id) ON DELETE SET NULL,
    recurrence_id   bigint REFERENCES booking.recurrences (id) ON DELETE SET NULL,
    during          tstzrange NOT NULL,
    status          booking.reservation_status NOT NULL DEFAULT 'pending',
    title           varchar(200),
    notes           text,
    attendees       integer DEFAULT NULL CHECK (attendees > 0),
    length          interval GENERATED ALWAYS AS (upper(during) - lower(during)) STORED,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    cancelled_at    timestamptz,
    checked_in      boolean NOT NULL DEFAULT false,
    CONSTRAINT reservations_during_check CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (resource_id WITH =, during WITH &&) WHERE (status <> 'cancelled')
);
CREATE INDEX reservations_booked_by_idx ON booking.reservations (booked_by) WHERE booked_by IS NOT NULL;
CREATE INDEX reservations_organization_id_lower_idx ON booking.reservations (organization_id, lower(during) DESC);
CREATE INDEX reservations_pending_idx ON booking.reservations (created_at) WHERE status = 'pending';
COMMENT ON TABLE booking.reservations IS 'A resource held for a time range; cancelled rows stay for the history.';
COMMENT ON CONSTRAINT reservations_no_overlap ON booking.reservations IS 'A resource is never held twice at once.';

ALTER TABLE booking.reservations ENABLE ROW LEVEL SECURITY;
CREATE POLICY reservations_organization_isolation ON booking.reservations
    USING (organization_id = current_setting('bookings.organization_id', true)::bigint);
CREATE POLICY reservations_insert_own ON booking.reservations FOR INSERT
    WITH CHECK (organization_id = current_setting('bookings.organization_id', true)::bigint);

CREATE TABLE booking.reservation_attendees (
    reservation_id  bigint NOT NULL REFERENCES booking.reservations (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    response        booking.rsvp NOT NULL DEFAULT 'invited',
    responded_at    timestamptz,
    PRIMARY KEY (reservation_id, user_id)
);

CREATE TABLE booking.blackouts (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    resource_id     bigint NOT NULL REFERENCES booking.resources (id) ON DELETE CASCADE,
    during          tstzrange NOT NULL,
    reason          text NOT NULL,
    EXCLUDE USING gist (resource_id WITH =, during WITH &&)
);

CREATE TABLE booking.opening_hours (
    site_id         bigint NOT NULL REFERENCES booking.sites (id) ON DELETE CASCADE,
    weekday         smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    opens_at        time NOT NULL,
    closes_at       time NOT NULL,
    PRIMARY KEY (site_id, weekday),
    CONSTRAINT opening_hours_order_check CHECK (opens_at < closes_at)
);

CREATE TABLE booking.holidays (
    site_id         bigint NOT NULL REFERENCES booking.sites (id) ON DELETE CASCADE,
    day             date NOT NULL,
    name            varchar(100) NOT NULL,
    PRIMARY KEY (site_id, day)
);

CREATE TABLE booking.price_rules (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    resource_kind   booking.resource_kind NOT NULL,
    site_id         bigint REFERENCES booking.sites (id) ON DELETE CASCADE,
    valid           daterange NOT NULL DEFAULT daterange(CURRENT_DATE, NULL),
    hourly_rate     numeric(10,2) NOT NULL CHECK (hourly_rate >= 0),
    currency        char(3) NOT NULL DEFAULT 'EUR',
    EXCLUDE USING gist (resource_kind WITH =, site_id WITH =, valid WITH &&)
);

CREATE TABLE booking.waitlist_entries (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    resource_id     bigint NOT NULL REFERENCES booking.resources (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    wanted          tstzrange NOT NULL,
    position        integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    notified_at     timestamptz
);
CREATE INDEX waitlist_entries_resource_id_wanted_idx ON booking.waitlist_entries USING gist (resource_id, wanted);
CREATE UNIQUE INDEX waitlist_entries_open_key ON booking.waitlist_entries (resource_id, user_id) WHERE notified_at IS NULL;
COMMENT ON TABLE booking.waitlist_entries IS 'Queue for fully booked resources, first come first served.';

CREATE TABLE booking.check_ins (
    reservation_id  bigint PRIMARY KEY REFERENCES booking.reservations (id) ON DELETE CASCADE,
    method          booking.check_in_method NOT NULL,
    checked_in_at   timestamptz NOT NULL DEFAULT now(),
    checked_in_by   uuid REFERENCES auth.users (id) ON DELETE SET NULL
);

-- invoice numbers are gapless per installation: a sequence of their own
CREATE SEQUENCE booking.invoice_number_seq START WITH 1000 INCREMENT BY 1 NO CYCLE;

CREATE TABLE booking.invoices (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES auth.organizations (id) ON DELETE RESTRICT,
    number          bigint NOT NULL DEFAULT nextval('booking.invoice_number_seq') UNIQUE,
    issued_on       date NOT NULL DEFAULT CURRENT_DATE,
    due_on          date NOT NULL,
    currency        char(3) NOT NULL DEFAULT 'EUR',
    total           numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'paid', 'void')),
    CONSTRAINT invoices_due_check CHECK (due_on >= issued_on)
);
ALTER TABLE booking.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_organization_isolation ON booking.invoices
    USING (organization_id = current_setting('bookings.organization_id', true)::bigint);

CREATE TABLE booking.invoice_lines (
    invoice_id      bigint NOT NULL REFERENCES booking.invoices (id) ON DELETE CASCADE,
    line_no         smallint NOT NULL,
    reservation_id  bigint REFERENCES booking.reservations (id) ON DELETE SET NULL,
    description     varchar NOT NULL,
    quantity        numeric(10,2) NOT NULL DEFAULT 1,
    unit_price      numeric(10,2) NOT NULL,
    amount          numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE booking.settings (
    key             text PRIMARY KEY,
    value           jsonb NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON auth.organizations
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON auth.users
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER resources_set_updated_at BEFORE UPDATE ON booking.resources
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER reservations_set_updated_at BEFORE UPDATE ON booking.reservations
    FOR EACH ROW WHEN (OLD.during IS DISTINCT FROM NEW.during OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION public.set_updated_at();

CREATE FUNCTION booking.is_available(p_resource bigint, p_during tstzrange) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT NOT EXISTS (
        SELECT 1 FROM booking.reservations r
         WHERE r.resource_id = p_resource AND r.during && p_during AND r.status <> 'cancelled')
       AND NOT EXISTS (
        SELECT 1 FROM booking.blackouts b
         WHERE b.resource_id = p_resource AND b.during && p_during)
$$;

CREATE PROCEDURE booking.purge_cancelled(older_than interval DEFAULT '1 year')
    LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM booking.reservations
     WHERE status = 'cancelled' AND cancelled_at < now() - older_than;
END
$$;

-- ---------------------------------------------------------------------------
-- audit: one row per change, partitioned by quarter
-- ---------------------------------------------------------------------------

CREATE TABLE audit.events (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    actor           uuid,
    table_name      text NOT NULL,
    operation       char(1) NOT NULL CHECK (operation IN ('I', 'U', 'D')),
    row_id          text,
    old_row         jsonb,
    new_row         jsonb,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE INDEX events_table_name_occurred_at_idx ON audit.events (table_name, occurred_at);
CREATE INDEX events_actor_idx ON audit.events (actor) WHERE actor IS NOT NULL;
COMMENT ON TABLE audit.events IS 'Every change to reservations and resources, newest partitions first.';

CREATE TABLE audit.events_2025_q3 PARTITION OF audit.events
    FOR VALUES FROM ('2025-07-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');
CREATE TABLE audit.events_2025_q4 PARTITION OF audit.events
    FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE audit.events_2026_q1 PARTITION OF audit.events
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE audit.events_default PARTITION OF audit.events DEFAULT;

CREATE FUNCTION audit.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO audit.events (actor, table_name, operation, row_id, old_row, new_row)
    VALUES (
        nullif(current_setting('bookings.user_id', true), '')::uuid,
        TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
        left(TG_OP, 1),
        CASE WHEN TG_OP = 'DELETE' THEN OLD.id::text ELSE NEW.id::text END,
        CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
        CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
    RETURN NULL;
END;
$$;

CREATE TRIGGER reservations_audit AFTER INSERT OR UPDATE OR DELETE ON booking.reservations
    FOR EACH ROW EXECUTE FUNCTION audit.log_change();
CREATE TRIGGER resources_audit AFTER INSERT OR UPDATE OR DELETE ON booking.resources
    FOR EACH ROW EXECUTE FUNCTION audit.log_change();

CREATE TABLE audit.login_attempts (
    user_email      text NOT NULL,
    attempted_at    timestamptz NOT NULL DEFAULT now(),
    succeeded       boolean NOT NULL,
    ip              inet
) PARTITION BY HASH (user_email);
CREATE TABLE audit.login_attempts_0 PARTITION OF audit.login_attempts FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE audit.login_attempts_1 PARTITION OF audit.login_attempts FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE audit.login_attempts_2 PARTITION OF audit.login_attempts FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE audit.login_attempts_3 PARTITION OF audit.login_attempts FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE INDEX login_attempts_user_email_idx ON audit.login_attempts (user_email, attempted_at DESC);

-- ---------------------------------------------------------------------------
-- notifications and integrations
-- ---------------------------------------------------------------------------

CREATE TABLE public.notifications (
    id              bigserial PRIMARY KEY,
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    channel         public.notification_channel NOT NULL DEFAULT 'email',
    subject         varchar,
    payload         jsonb NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    read_at         timestamptz
);
CREATE INDEX notifications_unread_idx ON public.notifications (user_id, created_at DESC) WHERE read_at IS NULL;

CREATE TABLE public.notification_preferences (
    user_id         uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    channel         public.notification_channel NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    quiet_hours     int4range,
    PRIMARY KEY (user_id, channel)
);

CREATE TABLE public.webhooks (
    id              serial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES auth.organizations (id) ON DELETE CASCADE,
    url             text NOT NULL CHECK (url ~ '^https://'),
    secret          text NOT NULL,
    events          text[] NOT NULL,
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.webhook_deliveries (
    id              bigserial PRIMARY KEY,
    webhook_id      integer NOT NULL REFERENCES public.webhooks (id) ON DELETE CASCADE,
    event           text NOT NULL,
    status_code     smallint,
    attempts        smallint NOT NULL DEFAULT 0,
    response_body   text,
    delivered_at    timestamptz
);
CREATE INDEX webhook_deliveries_pending_idx ON public.webhook_deliveries (webhook_id) WHERE delivered_at IS NULL;

CREATE TABLE public.feature_flags (
    name            text PRIMARY KEY,
    enabled         boolean NOT NULL DEFAULT false,
    rollout_percent smallint NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100),
    description     text
);

-- ---------------------------------------------------------------------------
-- reporting
-- ---------------------------------------------------------------------------

CREATE VIEW booking.upcoming_reservations AS
SELECT r.id, r.organization_id, r.resource_id, res.name AS resource_name, r.during, r.status, r.title,
       r.booked_by
  FROM booking.reservations r
  JOIN booking.resources res ON res.id = r.resource_id
 WHERE upper(r.during) > now() AND r.status <> 'cancelled';

CREATE VIEW auth.active_members WITH (security_barrier) AS
SELECT m.organization_id, u.id AS user_id, u.email, u.display_name, m.role
  FROM auth.memberships m
  JOIN auth.users u ON u.id = m.user_id
 WHERE u.is_active;

CREATE VIEW reporting.daily_utilization AS
SELECT r.resource_id, lower(r.during)::date AS day, count(*) AS reservations,
       sum(r.length) AS booked
  FROM booking.reservations r
 WHERE r.status = 'confirmed'
 GROUP BY r.resource_id, lower(r.during)::date;

GRANT USAGE ON SCHEMA reporting TO PUBLIC;
GRANT SELECT ON reporting.daily_utilization TO PUBLIC;

CREATE MATERIALIZED VIEW reporting.monthly_usage AS
SELECT r.organization_id, date_trunc('month', lower(r.during)) AS month, r.resource_id,
       count(*) AS reservations, sum(r.length) AS booked
  FROM booking.reservations r
 WHERE r.status = 'confirmed'
 GROUP BY 1, 2, 3
WITH NO DATA;
CREATE UNIQUE INDEX monthly_usage_key ON reporting.monthly_usage (organization_id, month, resource_id);
COMMENT ON MATERIALIZED VIEW reporting.monthly_usage IS 'Refreshed nightly by the scheduler.';
