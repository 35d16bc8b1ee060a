CREATE TABLE account (
    id          bigint PRIMARY KEY,
    tenant      varchar(20) NOT NULL,
    login       varchar(60) NOT NULL,
    email       varchar(120) NOT NULL,
    created_at  timestamptz NOT NULL,
    -- the unique constraint is declared with the columns in the other order
    CONSTRAINT account_login_per_tenant UNIQUE (login, tenant)
);

-- a unique index (not a constraint) satisfies @Column(unique = true)
CREATE UNIQUE INDEX account_email_uq ON account (email);
-- a differently named index with the same keys satisfies @Index
CREATE INDEX account_recent ON account (tenant, created_at DESC);
