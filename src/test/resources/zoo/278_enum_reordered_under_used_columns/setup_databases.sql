-- an enum reordered while columns use it: a plain one with a default, an array, a partitioned table's
CREATE TYPE status AS ENUM ('new', 'paid', 'sent', 'void');
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state status NOT NULL DEFAULT 'new', history status[] NOT NULL DEFAULT '{}');
CREATE TABLE shipments (id bigint NOT NULL, state status, shipped_on date NOT NULL) PARTITION BY RANGE (shipped_on);
CREATE TABLE shipments_2026 PARTITION OF shipments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX orders_state ON orders (state);
