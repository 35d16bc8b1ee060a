-- equivalent: labels added BEFORE/AFTER reach the same order
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE TYPE mood AS ENUM ('happy'); END IF; END $$;
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad' BEFORE 'happy';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok' AFTER 'sad';
