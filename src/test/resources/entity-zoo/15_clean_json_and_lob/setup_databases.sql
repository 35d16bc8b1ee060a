CREATE TABLE upload (
    id          bigint PRIMARY KEY,
    meta        jsonb NOT NULL DEFAULT '{}',
    tags        jsonb,
    content     oid,
    transcript  oid,
    raw         bytea,
    body        text
);
