CREATE TABLE event_log (
    id          integer PRIMARY KEY,
    ref         varchar(36) NOT NULL,
    happened_at timestamp NOT NULL,
    local_day   timestamptz,
    attributes  json,
    flagged     smallint,
    body        text
);
