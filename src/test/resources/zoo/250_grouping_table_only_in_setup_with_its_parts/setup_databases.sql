-- a table only setup creates, with a serial key, two indexes, a trigger and a policy: one root cause, five related
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TABLE orders (id serial PRIMARY KEY, customer text NOT NULL, placed_on date NOT NULL, updated_at timestamptz);
CREATE INDEX idx_orders_customer ON orders (customer);
CREATE INDEX idx_orders_placed_on ON orders (placed_on DESC);
CREATE TRIGGER trg_orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
CREATE POLICY own_orders ON orders USING (customer = current_user);
