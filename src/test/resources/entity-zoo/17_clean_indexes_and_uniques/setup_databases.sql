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
-- the index @Index names, with its keys spelled in the catalog's way (another name would be a
-- warning: see 51_index_under_another_name)
CREATE INDEX idx_account_recent ON account (tenant, created_at DESC);
