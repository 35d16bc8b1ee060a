CREATE TABLE subscription (
    id          bigint PRIMARY KEY,
    plan        varchar(20) NOT NULL,
    -- added by a migration for a new feature; the entity was never told
    region      varchar(10) NOT NULL,
    renewed_at  timestamptz
);
