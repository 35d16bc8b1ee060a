--
-- PostgreSQL database dump
--

\restrict 7edc4cd87d78bc46b225559e8c7800ee96da1372d257aaa2b48e9252a56caa66

-- Dumped from database version 15.19
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA audit;


ALTER SCHEMA audit OWNER TO postgres;

--
-- Name: SCHEMA audit; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA audit IS 'Append-only change log, partitioned by quarter.';


--
-- Name: auth; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA auth;


ALTER SCHEMA auth OWNER TO postgres;

--
-- Name: SCHEMA auth; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA auth IS 'Accounts, organizations and their sessions.';


--
-- Name: booking; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA booking;


ALTER SCHEMA booking OWNER TO postgres;

--
-- Name: SCHEMA booking; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA booking IS 'Sites, bookable resources and reservations.';


--
-- Name: reporting; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA reporting;


ALTER SCHEMA reporting OWNER TO postgres;

--
-- Name: SCHEMA reporting; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA reporting IS 'Read-only views for dashboards and exports.';


--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: email_address; Type: DOMAIN; Schema: auth; Owner: postgres
--

CREATE DOMAIN auth.email_address AS text
	CONSTRAINT email_address_check CHECK ((VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+$'::text));


ALTER DOMAIN auth.email_address OWNER TO postgres;

--
-- Name: DOMAIN email_address; Type: COMMENT; Schema: auth; Owner: postgres
--

COMMENT ON DOMAIN auth.email_address IS 'An e-mail address; case is kept, comparisons use lower().';


--
-- Name: user_role; Type: TYPE; Schema: auth; Owner: postgres
--

CREATE TYPE auth.user_role AS ENUM (
    'owner',
    'admin',
    'member',
    'guest'
);


ALTER TYPE auth.user_role OWNER TO postgres;

--
-- Name: positive_int; Type: DOMAIN; Schema: booking; Owner: postgres
--

CREATE DOMAIN booking.positive_int AS integer
	CONSTRAINT positive_int_check CHECK ((VALUE > 0));


ALTER DOMAIN booking.positive_int OWNER TO postgres;

--
-- Name: reservation_status; Type: TYPE; Schema: booking; Owner: postgres
--

CREATE TYPE booking.reservation_status AS ENUM (
    'pending',
    'confirmed',
    'cancelled'
);


ALTER TYPE booking.reservation_status OWNER TO postgres;

--
-- Name: resource_kind; Type: TYPE; Schema: booking; Owner: postgres
--

CREATE TYPE booking.resource_kind AS ENUM (
    'room',
    'desk',
    'parking',
    'equipment'
);


ALTER TYPE booking.resource_kind OWNER TO postgres;

--
-- Name: rsvp; Type: TYPE; Schema: booking; Owner: postgres
--

CREATE TYPE booking.rsvp AS ENUM (
    'invited',
    'accepted',
    'declined',
    'tentative'
);


ALTER TYPE booking.rsvp OWNER TO postgres;

--
-- Name: notification_channel; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.notification_channel AS ENUM (
    'email',
    'push',
    'sms',
    'webhook'
);


ALTER TYPE public.notification_channel OWNER TO postgres;

--
-- Name: slug; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.slug AS character varying(63) NOT NULL
	CONSTRAINT slug_check CHECK (((VALUE)::text ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text));


ALTER DOMAIN public.slug OWNER TO postgres;

--
-- Name: log_change(); Type: FUNCTION; Schema: audit; Owner: postgres
--

CREATE FUNCTION audit.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
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


ALTER FUNCTION audit.log_change() OWNER TO postgres;

--
-- Name: is_available(bigint, tstzrange); Type: FUNCTION; Schema: booking; Owner: postgres
--

CREATE FUNCTION booking.is_available(p_resource bigint, p_during tstzrange) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT NOT EXISTS (
        SELECT 1 FROM booking.reservations r
         WHERE r.resource_id = p_resource AND r.during && p_during AND r.status <> 'cancelled')
$$;


ALTER FUNCTION booking.is_available(p_resource bigint, p_during tstzrange) OWNER TO postgres;

--
-- Name: normalize_text(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.normalize_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT lower(regexp_replace(trim(value), '\s+', ' ', 'g'))
$$;


ALTER FUNCTION public.normalize_text(value text) OWNER TO postgres;

--
-- Name: FUNCTION normalize_text(value text); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.normalize_text(value text) IS 'Lower case, single spaces: the form names are searched in.';


--
-- Name: set_updated_at(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;


ALTER FUNCTION public.set_updated_at() OWNER TO postgres;

SET default_tablespace = '';

--
-- Name: events; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.events (
    id bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    actor uuid,
    table_name text NOT NULL,
    operation character(1) NOT NULL,
    row_id text,
    old_row jsonb,
    new_row jsonb,
    CONSTRAINT events_operation_check CHECK ((operation = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar])))
)
PARTITION BY RANGE (occurred_at);


ALTER TABLE audit.events OWNER TO postgres;

SET default_table_access_method = heap;

--
-- Name: events_2025_q3; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.events_2025_q3 (
    id bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    actor uuid,
    table_name text NOT NULL,
    operation character(1) NOT NULL,
    row_id text,
    old_row jsonb,
    new_row jsonb,
    CONSTRAINT events_operation_check CHECK ((operation = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar])))
);


ALTER TABLE audit.events_2025_q3 OWNER TO postgres;

--
-- Name: events_2025_q4; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.events_2025_q4 (
    id bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    actor uuid,
    table_name text NOT NULL,
    operation character(1) NOT NULL,
    row_id text,
    old_row jsonb,
    new_row jsonb,
    CONSTRAINT events_operation_check CHECK ((operation = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar])))
);


ALTER TABLE audit.events_2025_q4 OWNER TO postgres;

--
-- Name: events_default; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.events_default (
    id bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    actor uuid,
    table_name text NOT NULL,
    operation character(1) NOT NULL,
    row_id text,
    old_row jsonb,
    new_row jsonb,
    CONSTRAINT events_operation_check CHECK ((operation = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar])))
);


ALTER TABLE audit.events_default OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE; Schema: audit; Owner: postgres
--

ALTER TABLE audit.events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME audit.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: login_attempts; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.login_attempts (
    user_email text NOT NULL,
    attempted_at timestamp with time zone DEFAULT now() NOT NULL,
    succeeded boolean NOT NULL,
    ip inet
)
PARTITION BY HASH (user_email);


ALTER TABLE audit.login_attempts OWNER TO postgres;

--
-- Name: login_attempts_0; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.login_attempts_0 (
    user_email text NOT NULL,
    attempted_at timestamp with time zone DEFAULT now() NOT NULL,
    succeeded boolean NOT NULL,
    ip inet
);


ALTER TABLE audit.login_attempts_0 OWNER TO postgres;

--
-- Name: login_attempts_1; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.login_attempts_1 (
    user_email text NOT NULL,
    attempted_at timestamp with time zone DEFAULT now() NOT NULL,
    succeeded boolean NOT NULL,
    ip inet
);


ALTER TABLE audit.login_attempts_1 OWNER TO postgres;

--
-- Name: login_attempts_2; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.login_attempts_2 (
    user_email text NOT NULL,
    attempted_at timestamp with time zone DEFAULT now() NOT NULL,
    succeeded boolean NOT NULL,
    ip inet
);


ALTER TABLE audit.login_attempts_2 OWNER TO postgres;

--
-- Name: login_attempts_3; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.login_attempts_3 (
    user_email text NOT NULL,
    attempted_at timestamp with time zone DEFAULT now() NOT NULL,
    succeeded boolean NOT NULL,
    ip inet
);


ALTER TABLE audit.login_attempts_3 OWNER TO postgres;

--
-- Name: memberships; Type: TABLE; Schema: auth; Owner: postgres
--

CREATE TABLE auth.memberships (
    organization_id bigint NOT NULL,
    user_id uuid NOT NULL,
    role auth.user_role DEFAULT 'member'::auth.user_role NOT NULL,
    invited_by uuid,
    joined_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE auth.memberships OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: auth; Owner: postgres
--

CREATE TABLE auth.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email auth.email_address NOT NULL,
    display_name character varying NOT NULL,
    password_hash text,
    locale character varying(10) DEFAULT 'en'::character varying NOT NULL,
    time_zone text DEFAULT 'UTC'::text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    last_login_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE auth.users OWNER TO postgres;

--
-- Name: TABLE users; Type: COMMENT; Schema: auth; Owner: postgres
--

COMMENT ON TABLE auth.users IS 'People who sign in; one account may belong to several organizations.';


--
-- Name: COLUMN users.password_hash; Type: COMMENT; Schema: auth; Owner: postgres
--

COMMENT ON COLUMN auth.users.password_hash IS 'NULL for accounts that only sign in through SSO.';


--
-- Name: active_members; Type: VIEW; Schema: auth; Owner: postgres
--

CREATE VIEW auth.active_members WITH (security_barrier='true') AS
 SELECT m.organization_id,
    u.id AS user_id,
    u.email,
    u.display_name,
    m.role
   FROM (auth.memberships m
     JOIN auth.users u ON ((u.id = m.user_id)))
  WHERE u.is_active;


ALTER TABLE auth.active_members OWNER TO postgres;

--
-- Name: api_tokens; Type: TABLE; Schema: auth; Owner: postgres
--

CREATE TABLE auth.api_tokens (
    id integer NOT NULL,
    user_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    scopes text[] DEFAULT ARRAY['read'::text] NOT NULL,
    token_prefix character(8) NOT NULL,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE auth.api_tokens OWNER TO postgres;

--
-- Name: api_tokens_id_seq; Type: SEQUENCE; Schema: auth; Owner: postgres
--

CREATE SEQUENCE auth.api_tokens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE auth.api_tokens_id_seq OWNER TO postgres;

--
-- Name: api_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: auth; Owner: postgres
--

ALTER SEQUENCE auth.api_tokens_id_seq OWNED BY auth.api_tokens.id;


--
-- Name: organizations; Type: TABLE; Schema: auth; Owner: postgres
--

CREATE TABLE auth.organizations (
    id bigint NOT NULL,
    slug public.slug,
    name character varying NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    plan text DEFAULT 'free'::text NOT NULL,
    seats booking.positive_int DEFAULT NULL::integer,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT organizations_plan_check CHECK ((plan = ANY (ARRAY['free'::text, 'team'::text, 'enterprise'::text])))
);


ALTER TABLE auth.organizations OWNER TO postgres;

--
-- Name: organizations_id_seq; Type: SEQUENCE; Schema: auth; Owner: postgres
--

ALTER TABLE auth.organizations ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME auth.organizations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: password_resets; Type: TABLE; Schema: auth; Owner: postgres
--

CREATE TABLE auth.password_resets (
    id bigint NOT NULL,
    user_id uuid NOT NULL,
    token_hash bytea NOT NULL,
    requested_at timestamp with time zone DEFAULT now() NOT NULL,
    used_at timestamp with time zone
);


ALTER TABLE auth.password_resets OWNER TO postgres;

--
-- Name: password_resets_id_seq; Type: SEQUENCE; Schema: auth; Owner: postgres
--

CREATE SEQUENCE auth.password_resets_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE auth.password_resets_id_seq OWNER TO postgres;

--
-- Name: password_resets_id_seq; Type: SEQUENCE OWNED BY; Schema: auth; Owner: postgres
--

ALTER SEQUENCE auth.password_resets_id_seq OWNED BY auth.password_resets.id;


--
-- Name: sessions; Type: TABLE; Schema: auth; Owner: postgres
--

CREATE TABLE auth.sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    token_hash bytea NOT NULL,
    ip inet,
    user_agent text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT sessions_expiry_check CHECK ((expires_at > created_at))
);


ALTER TABLE auth.sessions OWNER TO postgres;

--
-- Name: amenities; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.amenities (
    id smallint NOT NULL,
    code character varying(40) NOT NULL,
    label character varying NOT NULL
);


ALTER TABLE booking.amenities OWNER TO postgres;

--
-- Name: amenities_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.amenities ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME booking.amenities_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: blackouts; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.blackouts (
    id bigint NOT NULL,
    resource_id bigint NOT NULL,
    during tstzrange NOT NULL,
    reason text NOT NULL
);


ALTER TABLE booking.blackouts OWNER TO postgres;

--
-- Name: blackouts_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.blackouts ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.blackouts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: buildings; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.buildings (
    id bigint NOT NULL,
    site_id bigint NOT NULL,
    name character varying(200) NOT NULL,
    floors smallint DEFAULT 1 NOT NULL,
    CONSTRAINT buildings_floors_check CHECK (((floors >= 1) AND (floors <= 200)))
);


ALTER TABLE booking.buildings OWNER TO postgres;

--
-- Name: buildings_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.buildings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.buildings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: floors; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.floors (
    id bigint NOT NULL,
    building_id bigint NOT NULL,
    level smallint NOT NULL,
    label character varying(50),
    floor_plan bytea
);


ALTER TABLE booking.floors OWNER TO postgres;

--
-- Name: floors_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.floors ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.floors_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: holidays; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.holidays (
    site_id bigint NOT NULL,
    day date NOT NULL,
    name character varying(100) NOT NULL
);


ALTER TABLE booking.holidays OWNER TO postgres;

--
-- Name: opening_hours; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.opening_hours (
    site_id bigint NOT NULL,
    weekday smallint NOT NULL,
    opens_at time without time zone NOT NULL,
    closes_at time without time zone NOT NULL,
    CONSTRAINT opening_hours_order_check CHECK ((opens_at < closes_at)),
    CONSTRAINT opening_hours_weekday_check CHECK (((weekday >= 0) AND (weekday <= 6)))
);


ALTER TABLE booking.opening_hours OWNER TO postgres;

--
-- Name: price_rules; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.price_rules (
    id bigint NOT NULL,
    resource_kind booking.resource_kind NOT NULL,
    site_id bigint,
    valid daterange DEFAULT daterange(CURRENT_DATE, NULL::date) NOT NULL,
    hourly_rate numeric(10,2) NOT NULL,
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    CONSTRAINT price_rules_hourly_rate_check CHECK ((hourly_rate >= (0)::numeric))
);


ALTER TABLE booking.price_rules OWNER TO postgres;

--
-- Name: price_rules_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.price_rules ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.price_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: recurrences; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.recurrences (
    id bigint NOT NULL,
    rule text NOT NULL,
    starts_on date NOT NULL,
    until date,
    exceptions date[] DEFAULT '{}'::date[] NOT NULL,
    CONSTRAINT recurrences_check CHECK (((until IS NULL) OR (until >= starts_on)))
);


ALTER TABLE booking.recurrences OWNER TO postgres;

--
-- Name: recurrences_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.recurrences ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.recurrences_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reservation_attendees; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.reservation_attendees (
    reservation_id bigint NOT NULL,
    user_id uuid NOT NULL,
    response booking.rsvp DEFAULT 'invited'::booking.rsvp NOT NULL,
    responded_at timestamp with time zone
);


ALTER TABLE booking.reservation_attendees OWNER TO postgres;

--
-- Name: reservations; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.reservations (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    resource_id bigint NOT NULL,
    booked_by uuid,
    recurrence_id bigint,
    during tstzrange NOT NULL,
    status booking.reservation_status DEFAULT 'pending'::booking.reservation_status NOT NULL,
    title character varying(200),
    notes text,
    attendees integer,
    length interval GENERATED ALWAYS AS ((upper(during) - lower(during))) STORED,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    cancelled_at timestamp with time zone,
    CONSTRAINT reservations_attendees_check CHECK ((attendees > 0)),
    CONSTRAINT reservations_during_check CHECK (((NOT isempty(during)) AND (NOT lower_inf(during)) AND (NOT upper_inf(during))))
);


ALTER TABLE booking.reservations OWNER TO postgres;

--
-- Name: TABLE reservations; Type: COMMENT; Schema: booking; Owner: postgres
--

COMMENT ON TABLE booking.reservations IS 'A resource held for a time range; cancelled rows stay for the history.';


--
-- Name: reservations_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.reservations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.reservations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: resource_amenities; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.resource_amenities (
    resource_id bigint NOT NULL,
    amenity_id smallint NOT NULL,
    quantity smallint DEFAULT 1 NOT NULL,
    CONSTRAINT resource_amenities_quantity_check CHECK ((quantity > 0))
);


ALTER TABLE booking.resource_amenities OWNER TO postgres;

--
-- Name: resources; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.resources (
    id bigint NOT NULL,
    site_id bigint NOT NULL,
    floor_id bigint,
    kind booking.resource_kind DEFAULT 'room'::booking.resource_kind NOT NULL,
    name character varying(200) NOT NULL,
    capacity booking.positive_int DEFAULT 1 NOT NULL,
    is_bookable boolean DEFAULT true NOT NULL,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    min_duration interval DEFAULT '00:15:00'::interval NOT NULL,
    max_duration interval DEFAULT '08:00:00'::interval,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT resources_duration_check CHECK (((max_duration IS NULL) OR (max_duration >= min_duration)))
);


ALTER TABLE booking.resources OWNER TO postgres;

--
-- Name: COLUMN resources.attributes; Type: COMMENT; Schema: booking; Owner: postgres
--

COMMENT ON COLUMN booking.resources.attributes IS 'Free-form properties shown on the resource page (projector, standing desk, ...).';


--
-- Name: resources_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.resources ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.resources_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: settings; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.settings (
    key text NOT NULL,
    value jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE booking.settings OWNER TO postgres;

--
-- Name: sites; Type: TABLE; Schema: booking; Owner: postgres
--

CREATE TABLE booking.sites (
    id bigint NOT NULL,
    organization_id bigint NOT NULL,
    name character varying(200) NOT NULL,
    address text,
    time_zone text DEFAULT 'UTC'::text NOT NULL,
    location point,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE booking.sites OWNER TO postgres;

--
-- Name: sites_id_seq; Type: SEQUENCE; Schema: booking; Owner: postgres
--

ALTER TABLE booking.sites ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME booking.sites_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: upcoming_reservations; Type: VIEW; Schema: booking; Owner: postgres
--

CREATE VIEW booking.upcoming_reservations AS
 SELECT r.id,
    r.organization_id,
    r.resource_id,
    res.name AS resource_name,
    r.during,
    r.status,
    r.title
   FROM (booking.reservations r
     JOIN booking.resources res ON ((res.id = r.resource_id)))
  WHERE ((upper(r.during) > now()) AND (r.status <> 'cancelled'::booking.reservation_status));


ALTER TABLE booking.upcoming_reservations OWNER TO postgres;

--
-- Name: notification_preferences; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification_preferences (
    user_id uuid NOT NULL,
    channel public.notification_channel NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    quiet_hours int4range
);


ALTER TABLE public.notification_preferences OWNER TO postgres;

--
-- Name: notifications; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notifications (
    id bigint NOT NULL,
    user_id uuid NOT NULL,
    channel public.notification_channel DEFAULT 'email'::public.notification_channel NOT NULL,
    subject character varying,
    payload jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    read_at timestamp with time zone
);


ALTER TABLE public.notifications OWNER TO postgres;

--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.notifications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.notifications_id_seq OWNER TO postgres;

--
-- Name: notifications_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.notifications_id_seq OWNED BY public.notifications.id;


--
-- Name: webhook_deliveries; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webhook_deliveries (
    id bigint NOT NULL,
    webhook_id integer NOT NULL,
    event text NOT NULL,
    status_code smallint,
    attempts smallint DEFAULT 0 NOT NULL,
    response_body text,
    delivered_at timestamp with time zone
);


ALTER TABLE public.webhook_deliveries OWNER TO postgres;

--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.webhook_deliveries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.webhook_deliveries_id_seq OWNER TO postgres;

--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.webhook_deliveries_id_seq OWNED BY public.webhook_deliveries.id;


--
-- Name: webhooks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.webhooks (
    id integer NOT NULL,
    organization_id bigint NOT NULL,
    url text NOT NULL,
    secret text NOT NULL,
    events text[] NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT webhooks_url_check CHECK ((url ~ '^https://'::text))
);


ALTER TABLE public.webhooks OWNER TO postgres;

--
-- Name: webhooks_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.webhooks_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.webhooks_id_seq OWNER TO postgres;

--
-- Name: webhooks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.webhooks_id_seq OWNED BY public.webhooks.id;


--
-- Name: daily_utilization; Type: VIEW; Schema: reporting; Owner: postgres
--

CREATE VIEW reporting.daily_utilization AS
 SELECT r.resource_id,
    (lower(r.during))::date AS day,
    count(*) AS reservations,
    sum(r.length) AS booked
   FROM booking.reservations r
  WHERE (r.status = 'confirmed'::booking.reservation_status)
  GROUP BY r.resource_id, ((lower(r.during))::date);


ALTER TABLE reporting.daily_utilization OWNER TO postgres;

--
-- Name: events_2025_q3; Type: TABLE ATTACH; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events ATTACH PARTITION audit.events_2025_q3 FOR VALUES FROM ('2025-07-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');


--
-- Name: events_2025_q4; Type: TABLE ATTACH; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events ATTACH PARTITION audit.events_2025_q4 FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: events_default; Type: TABLE ATTACH; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events ATTACH PARTITION audit.events_default DEFAULT;


--
-- Name: login_attempts_0; Type: TABLE ATTACH; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.login_attempts ATTACH PARTITION audit.login_attempts_0 FOR VALUES WITH (modulus 4, remainder 0);


--
-- Name: login_attempts_1; Type: TABLE ATTACH; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.login_attempts ATTACH PARTITION audit.login_attempts_1 FOR VALUES WITH (modulus 4, remainder 1);


--
-- Name: login_attempts_2; Type: TABLE ATTACH; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.login_attempts ATTACH PARTITION audit.login_attempts_2 FOR VALUES WITH (modulus 4, remainder 2);


--
-- Name: login_attempts_3; Type: TABLE ATTACH; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.login_attempts ATTACH PARTITION audit.login_attempts_3 FOR VALUES WITH (modulus 4, remainder 3);


--
-- Name: api_tokens id; Type: DEFAULT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.api_tokens ALTER COLUMN id SET DEFAULT nextval('auth.api_tokens_id_seq'::regclass);


--
-- Name: password_resets id; Type: DEFAULT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.password_resets ALTER COLUMN id SET DEFAULT nextval('auth.password_resets_id_seq'::regclass);


--
-- Name: notifications id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications ALTER COLUMN id SET DEFAULT nextval('public.notifications_id_seq'::regclass);


--
-- Name: webhook_deliveries id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhook_deliveries ALTER COLUMN id SET DEFAULT nextval('public.webhook_deliveries_id_seq'::regclass);


--
-- Name: webhooks id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhooks ALTER COLUMN id SET DEFAULT nextval('public.webhooks_id_seq'::regclass);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: events_2025_q3 events_2025_q3_pkey; Type: CONSTRAINT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events_2025_q3
    ADD CONSTRAINT events_2025_q3_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: events_2025_q4 events_2025_q4_pkey; Type: CONSTRAINT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events_2025_q4
    ADD CONSTRAINT events_2025_q4_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: events_default events_default_pkey; Type: CONSTRAINT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events_default
    ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (organization_id, user_id);


--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);


--
-- Name: organizations organizations_slug_key; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.organizations
    ADD CONSTRAINT organizations_slug_key UNIQUE (slug);


--
-- Name: password_resets password_resets_pkey; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.password_resets
    ADD CONSTRAINT password_resets_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_token_hash_key; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.sessions
    ADD CONSTRAINT sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: amenities amenities_code_key; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.amenities
    ADD CONSTRAINT amenities_code_key UNIQUE (code);


--
-- Name: amenities amenities_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.amenities
    ADD CONSTRAINT amenities_pkey PRIMARY KEY (id);


--
-- Name: blackouts blackouts_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.blackouts
    ADD CONSTRAINT blackouts_pkey PRIMARY KEY (id);


--
-- Name: blackouts blackouts_resource_id_during_excl; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.blackouts
    ADD CONSTRAINT blackouts_resource_id_during_excl EXCLUDE USING gist (resource_id WITH =, during WITH &&);


--
-- Name: buildings buildings_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.buildings
    ADD CONSTRAINT buildings_pkey PRIMARY KEY (id);


--
-- Name: floors floors_building_id_level_key; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.floors
    ADD CONSTRAINT floors_building_id_level_key UNIQUE (building_id, level);


--
-- Name: floors floors_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.floors
    ADD CONSTRAINT floors_pkey PRIMARY KEY (id);


--
-- Name: holidays holidays_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.holidays
    ADD CONSTRAINT holidays_pkey PRIMARY KEY (site_id, day);


--
-- Name: opening_hours opening_hours_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.opening_hours
    ADD CONSTRAINT opening_hours_pkey PRIMARY KEY (site_id, weekday);


--
-- Name: price_rules price_rules_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.price_rules
    ADD CONSTRAINT price_rules_pkey PRIMARY KEY (id);


--
-- Name: price_rules price_rules_resource_kind_site_id_valid_excl; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.price_rules
    ADD CONSTRAINT price_rules_resource_kind_site_id_valid_excl EXCLUDE USING gist (resource_kind WITH =, site_id WITH =, valid WITH &&);


--
-- Name: recurrences recurrences_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.recurrences
    ADD CONSTRAINT recurrences_pkey PRIMARY KEY (id);


--
-- Name: reservation_attendees reservation_attendees_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservation_attendees
    ADD CONSTRAINT reservation_attendees_pkey PRIMARY KEY (reservation_id, user_id);


--
-- Name: reservations reservations_no_overlap; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservations
    ADD CONSTRAINT reservations_no_overlap EXCLUDE USING gist (resource_id WITH =, during WITH &&) WHERE ((status <> 'cancelled'::booking.reservation_status));


--
-- Name: CONSTRAINT reservations_no_overlap ON reservations; Type: COMMENT; Schema: booking; Owner: postgres
--

COMMENT ON CONSTRAINT reservations_no_overlap ON booking.reservations IS 'A resource is never held twice at once.';


--
-- Name: reservations reservations_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservations
    ADD CONSTRAINT reservations_pkey PRIMARY KEY (id);


--
-- Name: resource_amenities resource_amenities_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.resource_amenities
    ADD CONSTRAINT resource_amenities_pkey PRIMARY KEY (resource_id, amenity_id);


--
-- Name: resources resources_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.resources
    ADD CONSTRAINT resources_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- Name: sites sites_organization_id_name_key; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.sites
    ADD CONSTRAINT sites_organization_id_name_key UNIQUE (organization_id, name);


--
-- Name: sites sites_pkey; Type: CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.sites
    ADD CONSTRAINT sites_pkey PRIMARY KEY (id);


--
-- Name: notification_preferences notification_preferences_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT notification_preferences_pkey PRIMARY KEY (user_id, channel);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: webhook_deliveries webhook_deliveries_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id);


--
-- Name: webhooks webhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhooks
    ADD CONSTRAINT webhooks_pkey PRIMARY KEY (id);


--
-- Name: events_table_name_occurred_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX events_table_name_occurred_at_idx ON ONLY audit.events USING btree (table_name, occurred_at);


--
-- Name: events_2025_q3_table_name_occurred_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX events_2025_q3_table_name_occurred_at_idx ON audit.events_2025_q3 USING btree (table_name, occurred_at);


--
-- Name: events_2025_q4_table_name_occurred_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX events_2025_q4_table_name_occurred_at_idx ON audit.events_2025_q4 USING btree (table_name, occurred_at);


--
-- Name: events_default_table_name_occurred_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX events_default_table_name_occurred_at_idx ON audit.events_default USING btree (table_name, occurred_at);


--
-- Name: login_attempts_user_email_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX login_attempts_user_email_idx ON ONLY audit.login_attempts USING btree (user_email, attempted_at DESC);


--
-- Name: login_attempts_0_user_email_attempted_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX login_attempts_0_user_email_attempted_at_idx ON audit.login_attempts_0 USING btree (user_email, attempted_at DESC);


--
-- Name: login_attempts_1_user_email_attempted_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX login_attempts_1_user_email_attempted_at_idx ON audit.login_attempts_1 USING btree (user_email, attempted_at DESC);


--
-- Name: login_attempts_2_user_email_attempted_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX login_attempts_2_user_email_attempted_at_idx ON audit.login_attempts_2 USING btree (user_email, attempted_at DESC);


--
-- Name: login_attempts_3_user_email_attempted_at_idx; Type: INDEX; Schema: audit; Owner: postgres
--

CREATE INDEX login_attempts_3_user_email_attempted_at_idx ON audit.login_attempts_3 USING btree (user_email, attempted_at DESC);


--
-- Name: api_tokens_user_id_name_key; Type: INDEX; Schema: auth; Owner: postgres
--

CREATE UNIQUE INDEX api_tokens_user_id_name_key ON auth.api_tokens USING btree (user_id, name) WHERE (revoked_at IS NULL);


--
-- Name: memberships_user_id_idx; Type: INDEX; Schema: auth; Owner: postgres
--

CREATE INDEX memberships_user_id_idx ON auth.memberships USING btree (user_id);


--
-- Name: sessions_user_id_expires_at_idx; Type: INDEX; Schema: auth; Owner: postgres
--

CREATE INDEX sessions_user_id_expires_at_idx ON auth.sessions USING btree (user_id, expires_at DESC);


--
-- Name: users_email_lower_key; Type: INDEX; Schema: auth; Owner: postgres
--

CREATE UNIQUE INDEX users_email_lower_key ON auth.users USING btree (lower((email)::text));


--
-- Name: users_tags_idx; Type: INDEX; Schema: auth; Owner: postgres
--

CREATE INDEX users_tags_idx ON auth.users USING gin (tags);


--
-- Name: reservations_booked_by_idx; Type: INDEX; Schema: booking; Owner: postgres
--

CREATE INDEX reservations_booked_by_idx ON booking.reservations USING btree (booked_by) WHERE (booked_by IS NOT NULL);


--
-- Name: reservations_organization_id_lower_idx; Type: INDEX; Schema: booking; Owner: postgres
--

CREATE INDEX reservations_organization_id_lower_idx ON booking.reservations USING btree (organization_id, lower(during) DESC);


--
-- Name: reservations_pending_idx; Type: INDEX; Schema: booking; Owner: postgres
--

CREATE INDEX reservations_pending_idx ON booking.reservations USING btree (created_at) WHERE (status = 'pending'::booking.reservation_status);


--
-- Name: resources_attributes_idx; Type: INDEX; Schema: booking; Owner: postgres
--

CREATE INDEX resources_attributes_idx ON booking.resources USING gin (attributes jsonb_path_ops);


--
-- Name: resources_name_search_idx; Type: INDEX; Schema: booking; Owner: postgres
--

CREATE INDEX resources_name_search_idx ON booking.resources USING btree (public.normalize_text((name)::text));


--
-- Name: resources_site_id_kind_idx; Type: INDEX; Schema: booking; Owner: postgres
--

CREATE INDEX resources_site_id_kind_idx ON booking.resources USING btree (site_id, kind) WHERE (deleted_at IS NULL);


--
-- Name: notifications_unread_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notifications_unread_idx ON public.notifications USING btree (user_id, created_at DESC) WHERE (read_at IS NULL);


--
-- Name: webhook_deliveries_pending_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX webhook_deliveries_pending_idx ON public.webhook_deliveries USING btree (webhook_id) WHERE (delivered_at IS NULL);


--
-- Name: events_2025_q3_pkey; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.events_pkey ATTACH PARTITION audit.events_2025_q3_pkey;


--
-- Name: events_2025_q3_table_name_occurred_at_idx; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.events_table_name_occurred_at_idx ATTACH PARTITION audit.events_2025_q3_table_name_occurred_at_idx;


--
-- Name: events_2025_q4_pkey; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.events_pkey ATTACH PARTITION audit.events_2025_q4_pkey;


--
-- Name: events_2025_q4_table_name_occurred_at_idx; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.events_table_name_occurred_at_idx ATTACH PARTITION audit.events_2025_q4_table_name_occurred_at_idx;


--
-- Name: events_default_pkey; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.events_pkey ATTACH PARTITION audit.events_default_pkey;


--
-- Name: events_default_table_name_occurred_at_idx; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.events_table_name_occurred_at_idx ATTACH PARTITION audit.events_default_table_name_occurred_at_idx;


--
-- Name: login_attempts_0_user_email_attempted_at_idx; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.login_attempts_user_email_idx ATTACH PARTITION audit.login_attempts_0_user_email_attempted_at_idx;


--
-- Name: login_attempts_1_user_email_attempted_at_idx; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.login_attempts_user_email_idx ATTACH PARTITION audit.login_attempts_1_user_email_attempted_at_idx;


--
-- Name: login_attempts_2_user_email_attempted_at_idx; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.login_attempts_user_email_idx ATTACH PARTITION audit.login_attempts_2_user_email_attempted_at_idx;


--
-- Name: login_attempts_3_user_email_attempted_at_idx; Type: INDEX ATTACH; Schema: audit; Owner: postgres
--

ALTER INDEX audit.login_attempts_user_email_idx ATTACH PARTITION audit.login_attempts_3_user_email_attempted_at_idx;


--
-- Name: organizations organizations_set_updated_at; Type: TRIGGER; Schema: auth; Owner: postgres
--

CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON auth.organizations FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: users users_set_updated_at; Type: TRIGGER; Schema: auth; Owner: postgres
--

CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON auth.users FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: reservations reservations_audit; Type: TRIGGER; Schema: booking; Owner: postgres
--

CREATE TRIGGER reservations_audit AFTER INSERT OR DELETE OR UPDATE ON booking.reservations FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: reservations reservations_set_updated_at; Type: TRIGGER; Schema: booking; Owner: postgres
--

CREATE TRIGGER reservations_set_updated_at BEFORE UPDATE ON booking.reservations FOR EACH ROW WHEN (((old.during IS DISTINCT FROM new.during) OR (old.status IS DISTINCT FROM new.status))) EXECUTE FUNCTION public.set_updated_at();


--
-- Name: resources resources_audit; Type: TRIGGER; Schema: booking; Owner: postgres
--

CREATE TRIGGER resources_audit AFTER INSERT OR DELETE OR UPDATE ON booking.resources FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: resources resources_set_updated_at; Type: TRIGGER; Schema: booking; Owner: postgres
--

CREATE TRIGGER resources_set_updated_at BEFORE UPDATE ON booking.resources FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;


--
-- Name: memberships memberships_invited_by_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.memberships
    ADD CONSTRAINT memberships_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES auth.users(id) ON DELETE SET NULL;


--
-- Name: memberships memberships_organization_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.memberships
    ADD CONSTRAINT memberships_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES auth.organizations(id) ON DELETE CASCADE;


--
-- Name: memberships memberships_user_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.memberships
    ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;


--
-- Name: password_resets password_resets_user_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.password_resets
    ADD CONSTRAINT password_resets_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: auth; Owner: postgres
--

ALTER TABLE ONLY auth.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;


--
-- Name: blackouts blackouts_resource_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.blackouts
    ADD CONSTRAINT blackouts_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES booking.resources(id) ON DELETE CASCADE;


--
-- Name: buildings buildings_site_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.buildings
    ADD CONSTRAINT buildings_site_id_fkey FOREIGN KEY (site_id) REFERENCES booking.sites(id) ON DELETE CASCADE;


--
-- Name: floors floors_building_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.floors
    ADD CONSTRAINT floors_building_id_fkey FOREIGN KEY (building_id) REFERENCES booking.buildings(id) ON DELETE CASCADE;


--
-- Name: holidays holidays_site_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.holidays
    ADD CONSTRAINT holidays_site_id_fkey FOREIGN KEY (site_id) REFERENCES booking.sites(id) ON DELETE CASCADE;


--
-- Name: opening_hours opening_hours_site_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.opening_hours
    ADD CONSTRAINT opening_hours_site_id_fkey FOREIGN KEY (site_id) REFERENCES booking.sites(id) ON DELETE CASCADE;


--
-- Name: price_rules price_rules_site_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.price_rules
    ADD CONSTRAINT price_rules_site_id_fkey FOREIGN KEY (site_id) REFERENCES booking.sites(id) ON DELETE CASCADE;


--
-- Name: reservation_attendees reservation_attendees_reservation_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservation_attendees
    ADD CONSTRAINT reservation_attendees_reservation_id_fkey FOREIGN KEY (reservation_id) REFERENCES booking.reservations(id) ON DELETE CASCADE;


--
-- Name: reservation_attendees reservation_attendees_user_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservation_attendees
    ADD CONSTRAINT reservation_attendees_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;


--
-- Name: reservations reservations_booked_by_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservations
    ADD CONSTRAINT reservations_booked_by_fkey FOREIGN KEY (booked_by) REFERENCES auth.users(id) ON DELETE SET NULL;


--
-- Name: reservations reservations_organization_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservations
    ADD CONSTRAINT reservations_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES auth.organizations(id) ON DELETE CASCADE;


--
-- Name: reservations reservations_recurrence_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservations
    ADD CONSTRAINT reservations_recurrence_id_fkey FOREIGN KEY (recurrence_id) REFERENCES booking.recurrences(id) ON DELETE SET NULL;


--
-- Name: reservations reservations_resource_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.reservations
    ADD CONSTRAINT reservations_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES booking.resources(id) ON DELETE CASCADE;


--
-- Name: resource_amenities resource_amenities_amenity_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.resource_amenities
    ADD CONSTRAINT resource_amenities_amenity_id_fkey FOREIGN KEY (amenity_id) REFERENCES booking.amenities(id) ON DELETE RESTRICT;


--
-- Name: resource_amenities resource_amenities_resource_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.resource_amenities
    ADD CONSTRAINT resource_amenities_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES booking.resources(id) ON DELETE CASCADE;


--
-- Name: resources resources_floor_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.resources
    ADD CONSTRAINT resources_floor_id_fkey FOREIGN KEY (floor_id) REFERENCES booking.floors(id) ON DELETE SET NULL;


--
-- Name: resources resources_site_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.resources
    ADD CONSTRAINT resources_site_id_fkey FOREIGN KEY (site_id) REFERENCES booking.sites(id) ON DELETE CASCADE;


--
-- Name: sites sites_organization_id_fkey; Type: FK CONSTRAINT; Schema: booking; Owner: postgres
--

ALTER TABLE ONLY booking.sites
    ADD CONSTRAINT sites_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES auth.organizations(id) ON DELETE CASCADE;


--
-- Name: notification_preferences notification_preferences_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT notification_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;


--
-- Name: notifications notifications_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;


--
-- Name: webhook_deliveries webhook_deliveries_webhook_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES public.webhooks(id) ON DELETE CASCADE;


--
-- Name: webhooks webhooks_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.webhooks
    ADD CONSTRAINT webhooks_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES auth.organizations(id) ON DELETE CASCADE;


--
-- Name: reservations; Type: ROW SECURITY; Schema: booking; Owner: postgres
--

ALTER TABLE booking.reservations ENABLE ROW LEVEL SECURITY;

--
-- Name: reservations reservations_insert_own; Type: POLICY; Schema: booking; Owner: postgres
--

CREATE POLICY reservations_insert_own ON booking.reservations FOR INSERT WITH CHECK ((organization_id = (current_setting('bookings.organization_id'::text, true))::bigint));


--
-- Name: reservations reservations_organization_isolation; Type: POLICY; Schema: booking; Owner: postgres
--

CREATE POLICY reservations_organization_isolation ON booking.reservations USING ((organization_id = (current_setting('bookings.organization_id'::text, true))::bigint));


--
-- Name: SCHEMA reporting; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA reporting TO PUBLIC;


--
-- Name: TABLE daily_utilization; Type: ACL; Schema: reporting; Owner: postgres
--

GRANT SELECT ON TABLE reporting.daily_utilization TO PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict 7edc4cd87d78bc46b225559e8c7800ee96da1372d257aaa2b48e9252a56caa66

