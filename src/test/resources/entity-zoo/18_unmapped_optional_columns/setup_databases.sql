CREATE TABLE audit_entry (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action          varchar(40) NOT NULL,
    -- columns the application does not map: nullable, defaulted, generated
    legacy_ref      varchar(40),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    action_upper    varchar(40) GENERATED ALWAYS AS (upper(action)) STORED
);
