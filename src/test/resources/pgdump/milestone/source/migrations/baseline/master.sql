-- Milestone master database (milestone_admin) as of v8.x, before the first
-- tracked migration. Kept frozen: the replay starts here, changes go into a
-- migration and into setup_databases.sql.

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE admin_role AS ENUM ('superadmin', 'admin', 'support');

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

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
    CONSTRAINT tenants_plan_valid CHECK (plan IN ('trial', 'standard', 'enterprise')),
    CONSTRAINT tenants_max_users_positive CHECK (max_users IS NULL OR max_users > 0)
);

-- the migration runner fans out over active tenants only
CREATE INDEX idx_tenants_active ON tenants (slug) WHERE is_active;

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
