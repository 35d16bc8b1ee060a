-- =============================================================================
-- Milestone: canonical database schema (fresh installs)
--
-- Two tiers:
--   milestone_admin   master database: tenants, admin users, organizations, SSO
--   milestone         tenant database (milestone_<slug> per tenant in
--                     multi-tenant mode; only this one in single-tenant mode)
--
-- Run with psql against existing, empty databases:
--   psql -v ON_ERROR_STOP=1 -d postgres -f setup_databases.sql
--
-- Keep in sync with migrations/: baseline + every migration in
-- migrations/manifest.yaml must produce exactly this schema (driftgate checks
-- it), and the JPA entities under entities/ must match it. Columns added by a
-- migration go at the END of their CREATE TABLE here, in migration order.
-- =============================================================================

\c milestone_admin

-- -----------------------------------------------------------------------------
-- Master tier
-- -----------------------------------------------------------------------------

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE admin_role AS ENUM ('superadmin', 'admin', 'support');
CREATE TYPE sso_provider AS ENUM ('saml', 'oidc', 'azure_ad', 'google');

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE organizations (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                    varchar(200) NOT NULL,
    slug                    varchar(50) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9_]{1,50}$'),
    billing_email           varchar(255),
    billing_street          varchar(200),
    billing_postal_code     varchar(20),
    billing_city            varchar(100),
    billing_country_code    varchar(2),
    is_active               boolean NOT NULL DEFAULT true,
    version                 integer NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organizations_country_code_iso CHECK (billing_country_code ~ '^[A-Z]{2}$')
);

COMMENT ON TABLE organizations IS 'Customer account owning one or more tenants; SSO is configured here.';

CREATE TRIGGER trg_organizations_updated_at
    BEFORE UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE tenants (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug            varchar(50) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9_]{1,50}$'),
    name            varchar(200) NOT NULL,
    -- 63 = PostgreSQL's identifier limit; normally 'milestone_' || slug
    database_name   varchar(63) NOT NULL UNIQUE,
    plan            varchar(20) NOT NULL DEFAULT 'standard',
    max_users       integer,
    settings        jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deactivated_at  timestamptz,
    -- nullable: tenants created before organizations existed have none
    organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
    CONSTRAINT tenants_plan_valid CHECK (plan IN ('trial', 'standard', 'enterprise')),
    CONSTRAINT tenants_max_users_positive CHECK (max_users IS NULL OR max_users > 0)
);

-- the migration runner fans out over active tenants only
CREATE INDEX idx_tenants_active ON tenants (slug) WHERE is_active;
CREATE INDEX idx_tenants_organization ON tenants (organization_id) WHERE organization_id IS NOT NULL;

COMMENT ON TABLE tenants IS 'One row per customer; each has its own tenant database.';
COMMENT ON COLUMN tenants.database_name IS 'Name of the tenant database on the same cluster.';

CREATE TRIGGER trg_tenants_updated_at
    BEFORE UPDATE ON tenants
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE admin_users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           citext NOT NULL UNIQUE,
    password_hash   text NOT NULL,
    full_name       varchar(200),
    role            admin_role NOT NULL DEFAULT 'support',
    is_active       boolean NOT NULL DEFAULT true,
    last_login_at   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE admin_users IS 'Platform operators; tenant end users live in each tenant database.';

CREATE TRIGGER trg_admin_users_updated_at
    BEFORE UPDATE ON admin_users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE tenant_admins (
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    admin_user_id   bigint NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
    access_level    varchar(20) NOT NULL DEFAULT 'read' CHECK (access_level IN ('read', 'write', 'owner')),
    granted_at      timestamptz NOT NULL DEFAULT now(),
    granted_by      bigint REFERENCES admin_users (id) ON DELETE SET NULL,
    PRIMARY KEY (tenant_id, admin_user_id)
);

-- the PK covers lookups by tenant; this one serves "which tenants may I see"
CREATE INDEX idx_tenant_admins_admin_user ON tenant_admins (admin_user_id);

CREATE TABLE admin_audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    admin_user_id   bigint REFERENCES admin_users (id) ON DELETE SET NULL,
    tenant_id       uuid REFERENCES tenants (id) ON DELETE SET NULL,
    action          varchar(100) NOT NULL,
    details         jsonb NOT NULL DEFAULT '{}'::jsonb,
    ip_address      varchar(45),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_admin_audit_log_tenant_created ON admin_audit_log (tenant_id, created_at DESC);
CREATE INDEX idx_admin_audit_log_created ON admin_audit_log (created_at);

CREATE TABLE api_keys (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name            varchar(100) NOT NULL,
    -- first characters of the key, shown in the UI and used for lookup
    key_prefix      varchar(12) NOT NULL UNIQUE,
    key_hash        text NOT NULL,
    scopes          jsonb NOT NULL DEFAULT '[]'::jsonb,
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_api_keys_tenant_live ON api_keys (tenant_id) WHERE revoked_at IS NULL;

CREATE TABLE organization_domains (
    id                  bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    organization_id     uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    domain              varchar(253) NOT NULL,
    is_verified         boolean NOT NULL DEFAULT false,
    verification_token  varchar(64),
    verified_at         timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now()
);

-- domains are case-insensitive; one organization may claim a domain
CREATE UNIQUE INDEX uq_organization_domains_domain ON organization_domains (lower(domain));
CREATE INDEX idx_organization_domains_org ON organization_domains (organization_id);

CREATE TABLE sso_configurations (
    id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id             uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    provider                    sso_provider NOT NULL,
    display_name                varchar(100) NOT NULL,
    metadata_url                text,
    client_id                   varchar(255),
    client_secret_encrypted     text,
    attribute_mapping           jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_enabled                  boolean NOT NULL DEFAULT false,
    enforce_sso                 boolean NOT NULL DEFAULT false,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_sso_configurations_org_provider UNIQUE (organization_id, provider),
    -- SAML needs IdP metadata, the OAuth flavours need a client id
    CONSTRAINT sso_configurations_provider_settings CHECK (
        (provider = 'saml' AND metadata_url IS NOT NULL)
        OR (provider <> 'saml' AND client_id IS NOT NULL)
    )
);

CREATE INDEX idx_sso_configurations_enabled ON sso_configurations (organization_id) WHERE is_enabled;

COMMENT ON COLUMN sso_configurations.client_secret_encrypted IS 'Encrypted with the app''s KMS key; never returned by the API.';

CREATE TRIGGER trg_sso_configurations_updated_at
    BEFORE UPDATE ON sso_configurations
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();


\c milestone

-- -----------------------------------------------------------------------------
-- Tenant tier
-- -----------------------------------------------------------------------------

-- equipment_bookings' exclusion constraint mixes = on bigint with && on ranges
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE user_role AS ENUM ('admin', 'manager', 'planner', 'viewer');
-- 'archived' was added in 9.0 and sorts last
CREATE TYPE project_status AS ENUM ('planned', 'active', 'on_hold', 'completed', 'cancelled', 'archived');
CREATE TYPE booking_status AS ENUM ('tentative', 'confirmed', 'completed', 'cancelled');
CREATE TYPE absence_type AS ENUM ('vacation', 'sick_leave', 'training', 'parental_leave', 'other');
CREATE TYPE custom_column_type AS ENUM ('text', 'number', 'date', 'checkbox', 'select', 'user');
CREATE TYPE event_type AS ENUM ('company_meeting', 'offsite', 'release', 'training', 'holiday', 'other');

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    -- only touch updated_at when the row really changed; presence heartbeats
    -- and idempotent API PUTs would otherwise churn the timestamp
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$function$;

-- human-readable project numbers (P-1000, P-1001, ...), independent of the uuid key
CREATE SEQUENCE project_number_seq START WITH 1000;

CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           varchar(255) NOT NULL,
    password_hash   text,
    full_name       varchar(200) NOT NULL,
    role            user_role NOT NULL DEFAULT 'viewer',
    is_active       boolean NOT NULL DEFAULT true,
    last_login_at   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    locale          varchar(10) NOT NULL DEFAULT 'en',
    preferences     jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- logins are case-insensitive
CREATE UNIQUE INDEX uq_users_email_lower ON users (lower(email));

COMMENT ON COLUMN users.password_hash IS 'NULL for accounts that only sign in through SSO.';

CREATE TRIGGER trg_users_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE app_settings (
    key             varchar(100) PRIMARY KEY,
    value           jsonb NOT NULL,
    description     text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      uuid REFERENCES users (id) ON DELETE SET NULL,
    is_system       boolean NOT NULL DEFAULT false
);

CREATE TRIGGER trg_app_settings_updated_at
    BEFORE UPDATE ON app_settings
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE sites (
    id              integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name            varchar(100) NOT NULL,
    code            varchar(10) NOT NULL UNIQUE,
    street          varchar(200),
    postal_code     varchar(20),
    city            varchar(100),
    country_code    varchar(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    -- bank holidays and working hours are evaluated in the site's zone
    timezone        varchar(64) NOT NULL DEFAULT 'Europe/Berlin',
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER trg_sites_updated_at
    BEFORE UPDATE ON sites
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE staff (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id             uuid UNIQUE REFERENCES users (id) ON DELETE SET NULL,
    site_id             integer NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    first_name          varchar(100) NOT NULL,
    last_name           varchar(100) NOT NULL,
    email               varchar(255),
    job_title           varchar(150),
    weekly_hours        numeric(4,1) NOT NULL DEFAULT 40.0 CHECK (weekly_hours > 0 AND weekly_hours <= 80),
    hourly_rate         numeric(10,2),
    color               varchar(7),
    employment_start    date NOT NULL,
    employment_end      date,
    is_active           boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz,
    CONSTRAINT staff_color_hex CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
    CONSTRAINT staff_employment_period CHECK (employment_end IS NULL OR employment_end >= employment_start)
);

CREATE INDEX idx_staff_site ON staff (site_id) WHERE deleted_at IS NULL;
CREATE INDEX idx_staff_name ON staff (last_name, first_name);

COMMENT ON TABLE staff IS 'People who can be planned; not every staff member has a login.';

CREATE TRIGGER trg_staff_updated_at
    BEFORE UPDATE ON staff
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE projects (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_number  integer NOT NULL DEFAULT nextval('project_number_seq') UNIQUE,
    name            varchar(200) NOT NULL,
    description     text,
    status          project_status NOT NULL DEFAULT 'planned',
    client_name     varchar(200),
    site_id         integer REFERENCES sites (id) ON DELETE SET NULL,
    owner_id        uuid REFERENCES users (id) ON DELETE SET NULL,
    start_date      date,
    end_date        date,
    budget          numeric(12,2) CHECK (budget IS NULL OR budget >= 0),
    color           varchar(7),
    metadata        jsonb NOT NULL DEFAULT '{}'::jsonb,
    -- optimistic locking for the planner board (JPA @Version)
    version         integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    priority        smallint NOT NULL DEFAULT 3,
    CONSTRAINT projects_dates_check CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
    CONSTRAINT projects_priority_range CHECK (priority BETWEEN 1 AND 5)
);

ALTER SEQUENCE project_number_seq OWNED BY projects.project_number;

-- the planner filters by status and period together
CREATE INDEX idx_projects_status_dates ON projects (status, start_date, end_date) WHERE deleted_at IS NULL;
CREATE INDEX idx_projects_owner ON projects (owner_id);
CREATE INDEX idx_projects_site ON projects (site_id);

COMMENT ON COLUMN projects.project_number IS 'Shown to users as P-<number>; never reused.';
COMMENT ON COLUMN projects.priority IS '1 = highest, 5 = lowest; drives the timeline''s default sort.';

CREATE TRIGGER trg_projects_updated_at
    BEFORE UPDATE ON projects
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE project_phases (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    project_id      uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name            varchar(150) NOT NULL,
    start_date      date NOT NULL,
    end_date        date NOT NULL,
    sort_order      integer NOT NULL DEFAULT 0,
    color           varchar(7),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT project_phases_dates_check CHECK (end_date >= start_date)
);

CREATE INDEX idx_project_phases_project ON project_phases (project_id, sort_order);

CREATE TRIGGER trg_project_phases_updated_at
    BEFORE UPDATE ON project_phases
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE milestones (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    project_id      uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    phase_id        bigint REFERENCES project_phases (id) ON DELETE SET NULL,
    name            varchar(200) NOT NULL,
    due_date        date NOT NULL,
    is_completed    boolean NOT NULL DEFAULT false,
    completed_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT milestones_completion_consistent CHECK (is_completed = (completed_at IS NOT NULL))
);

CREATE INDEX idx_milestones_project_due ON milestones (project_id, due_date);
-- the dashboard only ever asks for upcoming, open milestones
CREATE INDEX idx_milestones_open ON milestones (due_date) WHERE NOT is_completed;

CREATE TRIGGER trg_milestones_updated_at
    BEFORE UPDATE ON milestones
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE project_assignments (
    project_id          uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    staff_id            bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role_on_project     varchar(100),
    allocation_percent  numeric(5,2) NOT NULL DEFAULT 100 CHECK (allocation_percent > 0 AND allocation_percent <= 100),
    start_date          date,
    end_date            date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, staff_id)
);

CREATE INDEX idx_project_assignments_staff ON project_assignments (staff_id);

CREATE TABLE equipment (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    site_id         integer NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    name            varchar(150) NOT NULL,
    category        varchar(50) NOT NULL,
    serial_number   varchar(100) UNIQUE,
    purchase_date   date,
    purchase_price  numeric(12,2),
    daily_rate      numeric(8,2),
    is_active       boolean NOT NULL DEFAULT true,
    notes           text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_equipment_site_active ON equipment (site_id, category) WHERE is_active;

CREATE TRIGGER trg_equipment_updated_at
    BEFORE UPDATE ON equipment
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE equipment_bookings (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    equipment_id    bigint NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
    project_id      uuid REFERENCES projects (id) ON DELETE SET NULL,
    booked_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    status          booking_status NOT NULL DEFAULT 'tentative',
    notes           text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT equipment_bookings_period_check CHECK (ends_at > starts_at),
    -- one piece of equipment cannot be in two places at once; cancelled bookings don't count
    CONSTRAINT equipment_bookings_no_overlap
        EXCLUDE USING gist (equipment_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status <> 'cancelled')
);

CREATE INDEX idx_equipment_bookings_project ON equipment_bookings (project_id);

CREATE TRIGGER trg_equipment_bookings_updated_at
    BEFORE UPDATE ON equipment_bookings
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE vacations (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    staff_id        bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    absence_type    absence_type NOT NULL DEFAULT 'vacation',
    start_date      date NOT NULL,
    end_date        date NOT NULL,
    is_half_day     boolean NOT NULL DEFAULT false,
    is_approved     boolean NOT NULL DEFAULT false,
    approved_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    note            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date)
);

CREATE INDEX idx_vacations_staff_period ON vacations (staff_id, start_date, end_date);

CREATE TRIGGER trg_vacations_updated_at
    BEFORE UPDATE ON vacations
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE bank_holidays (
    id              integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    site_id         integer NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    holiday_date    date NOT NULL,
    name            varchar(100) NOT NULL,
    is_half_day     boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, holiday_date)
);

CREATE TABLE activity_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         uuid REFERENCES users (id) ON DELETE SET NULL,
    entity_type     varchar(50) NOT NULL,
    -- text, because the logged entities have uuid as well as bigint keys
    entity_id       varchar(64) NOT NULL,
    action          varchar(20) NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    changes         jsonb,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_activity_log_entity ON activity_log (entity_type, entity_id);
CREATE INDEX idx_activity_log_created ON activity_log (created_at);
CREATE INDEX idx_activity_log_user_created ON activity_log (user_id, created_at DESC);

-- Skills ----------------------------------------------------------------------

CREATE TABLE skills (
    id              integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name            varchar(100) NOT NULL UNIQUE,
    category        varchar(50),
    description     text,
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_skills_category ON skills (category) WHERE is_active;

CREATE TABLE staff_skills (
    staff_id        bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    skill_id        integer NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    proficiency     smallint NOT NULL DEFAULT 3,
    certified_until date,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (staff_id, skill_id),
    CONSTRAINT staff_skills_proficiency_range CHECK (proficiency BETWEEN 1 AND 5)
);

-- "who knows X" is the common query; the PK already covers "what does Y know"
CREATE INDEX idx_staff_skills_skill ON staff_skills (skill_id, proficiency);

COMMENT ON COLUMN staff_skills.proficiency IS '1 = beginner ... 5 = expert';

-- Custom columns --------------------------------------------------------------

CREATE TABLE custom_columns (
    id              integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    entity_type     varchar(20) NOT NULL CHECK (entity_type IN ('project', 'staff', 'equipment')),
    column_key      varchar(64) NOT NULL,
    label           varchar(100) NOT NULL,
    data_type       custom_column_type NOT NULL,
    -- choices for 'select' columns, e.g. ["red", "green"]
    options         jsonb NOT NULL DEFAULT '[]'::jsonb,
    is_required     boolean NOT NULL DEFAULT false,
    sort_order      integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    is_system       boolean NOT NULL DEFAULT false,
    CONSTRAINT uq_custom_columns_entity_key UNIQUE (entity_type, column_key),
    CONSTRAINT custom_columns_key_format CHECK (column_key ~ '^[a-z][a-z0-9_]*$')
);

-- the settings page lists user-defined columns first and often
CREATE INDEX idx_custom_columns_user_defined ON custom_columns (entity_type, sort_order) WHERE NOT is_system;

COMMENT ON COLUMN custom_columns.is_system IS 'Created by Milestone; users cannot delete it.';

CREATE TRIGGER trg_custom_columns_updated_at
    BEFORE UPDATE ON custom_columns
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE custom_column_values (
    custom_column_id    integer NOT NULL REFERENCES custom_columns (id) ON DELETE CASCADE,
    entity_id           varchar(64) NOT NULL,
    value               jsonb NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (custom_column_id, entity_id)
);

CREATE INDEX idx_custom_column_values_entity ON custom_column_values (entity_id);

COMMENT ON TABLE custom_column_values IS 'entity_id is the text form of the project''s, staff member''s or equipment''s id.';

CREATE TRIGGER trg_custom_column_values_updated_at
    BEFORE UPDATE ON custom_column_values
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Company events --------------------------------------------------------------

CREATE TABLE company_events (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title               varchar(200) NOT NULL,
    description         text,
    event_type          event_type NOT NULL DEFAULT 'other',
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    site_id             integer REFERENCES sites (id) ON DELETE CASCADE,
    color               varchar(7),
    show_on_timeline    boolean NOT NULL DEFAULT true,
    created_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT company_events_dates_check CHECK (ends_on >= starts_on)
);

CREATE INDEX idx_company_events_period ON company_events (starts_on, ends_on);
CREATE INDEX idx_company_events_site ON company_events (site_id) WHERE site_id IS NOT NULL;

COMMENT ON COLUMN company_events.site_id IS 'NULL = the event applies to all sites.';

CREATE TRIGGER trg_company_events_updated_at
    BEFORE UPDATE ON company_events
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Real-time presence ----------------------------------------------------------

CREATE TABLE project_presence (
    project_id      uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id      varchar(64) NOT NULL,
    current_view    varchar(50),
    cursor          jsonb,
    connected_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, user_id)
);

-- pruning scans by age
CREATE INDEX idx_project_presence_last_seen ON project_presence (last_seen_at);

CREATE FUNCTION prune_project_presence(max_age interval DEFAULT '00:02:00') RETURNS integer
    LANGUAGE plpgsql
AS $$
DECLARE
    removed integer;
BEGIN
    DELETE FROM project_presence WHERE last_seen_at < now() - max_age;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END;
$$;

COMMENT ON FUNCTION prune_project_presence(interval) IS 'Removes presence rows without a heartbeat for max_age; returns the count.';

-- Views -----------------------------------------------------------------------

CREATE VIEW project_staffing_overview AS
SELECT p.id AS project_id,
       p.project_number,
       p.name AS project_name,
       p.status,
       p.start_date,
       p.end_date,
       count(pa.staff_id) AS staff_count,
       COALESCE(sum(pa.allocation_percent), 0) AS total_allocation_percent,
       p.priority
  FROM projects p
  LEFT JOIN project_assignments pa ON pa.project_id = p.id
 WHERE p.deleted_at IS NULL
 GROUP BY p.id;

COMMENT ON VIEW project_staffing_overview IS 'Staffing per live project, used by the planner sidebar.';

-- Project dependencies (add_project_dependencies) ------------------------------

CREATE TYPE dependency_kind AS ENUM ('finish_to_start', 'start_to_start', 'finish_to_finish');

CREATE TABLE project_dependencies (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id      uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    depends_on_id   uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind            dependency_kind NOT NULL DEFAULT 'finish_to_start',
    lag_days        integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT project_dependencies_pair_key UNIQUE (project_id, depends_on_id),
    CONSTRAINT project_dependencies_not_self CHECK (project_id <> depends_on_id)
);

-- "what waits for this project?" is the planner's question when a project slips
CREATE INDEX idx_project_dependencies_depends_on ON project_dependencies (depends_on_id);

COMMENT ON TABLE project_dependencies IS 'Which project waits for which on the timeline.';
