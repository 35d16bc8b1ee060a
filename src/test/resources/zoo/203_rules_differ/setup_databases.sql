-- rules: one only in setup, one only in migrations, one with another action, one disabled by the migrations
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status = 'open';
CREATE RULE orders_keep AS ON DELETE TO orders DO INSTEAD NOTHING;
CREATE RULE orders_changed AS ON UPDATE TO orders DO ALSO NOTIFY orders_changed;
CREATE RULE orders_inserted AS ON INSERT TO orders DO ALSO NOTIFY orders_inserted;
CREATE RULE open_orders_insert AS ON INSERT TO open_orders DO INSTEAD INSERT INTO orders VALUES (NEW.id, 'open');
