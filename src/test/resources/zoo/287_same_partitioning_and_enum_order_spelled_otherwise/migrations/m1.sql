-- the same partitioning and the same enum label order reached another way (quoted key, labels added BEFORE and AFTER): nothing to rewrite
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'level') THEN CREATE TYPE level AS ENUM ('mid'); END IF; END $$;
ALTER TYPE level ADD VALUE IF NOT EXISTS 'low' BEFORE 'mid';
ALTER TYPE level ADD VALUE IF NOT EXISTS 'high' AFTER 'mid';
create table if not exists "readings" ("taken_on" date not null, "lvl" level) partition by range ("taken_on");
create table if not exists readings_2026 partition of "readings" for values from ('2026-01-01') to ('2027-01-01');
