-- an enum reordered while columns use it: a plain one with a default, an array, a partitioned table's
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status') THEN CREATE TYPE status AS ENUM ('new', 'sent', 'paid'); END IF; END $$;
CREATE TABLE IF NOT EXISTS orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state status NOT NULL DEFAULT 'new', history status[] NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS shipments (id bigint NOT NULL, state status, shipped_on date NOT NULL) PARTITION BY RANGE (shipped_on);
CREATE TABLE IF NOT EXISTS shipments_2026 PARTITION OF shipments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX IF NOT EXISTS orders_state ON orders (state);
