-- equivalent: rules spelt with a qualified table, upper-case OLD/NEW, extra parentheses and an explicit ALSO
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE TABLE order_log (order_id bigint, status text);
CREATE RULE orders_keep AS ON DELETE TO orders WHERE old.status = 'paid' DO INSTEAD NOTHING;
CREATE RULE orders_log AS ON UPDATE TO orders DO INSERT INTO order_log VALUES (new.id, new.status);
