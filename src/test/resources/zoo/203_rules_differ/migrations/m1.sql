-- rules: one only in setup, one only in migrations, one with another action, one disabled by the migrations
CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE OR REPLACE VIEW open_orders AS SELECT id, status FROM orders WHERE status = 'open';
CREATE OR REPLACE RULE orders_changed AS ON UPDATE TO orders DO ALSO NOTIFY order_updates;
CREATE OR REPLACE RULE orders_inserted AS ON INSERT TO orders DO ALSO NOTIFY orders_inserted;
ALTER TABLE orders DISABLE RULE orders_inserted;
CREATE OR REPLACE RULE open_orders_update AS ON UPDATE TO open_orders
  DO INSTEAD UPDATE orders SET status = NEW.status WHERE id = OLD.id;
