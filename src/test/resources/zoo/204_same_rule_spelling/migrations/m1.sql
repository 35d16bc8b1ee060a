-- equivalent: rules spelt with a qualified table, upper-case OLD/NEW, extra parentheses and an explicit ALSO
CREATE TABLE IF NOT EXISTS public.orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE TABLE IF NOT EXISTS public.order_log (order_id bigint, status text);
CREATE OR REPLACE RULE orders_keep AS ON DELETE TO public.orders WHERE (OLD.status = 'paid'::text) DO INSTEAD NOTHING;
CREATE OR REPLACE RULE orders_log AS ON UPDATE TO public.orders
  DO ALSO INSERT INTO public.order_log (order_id, status) VALUES (NEW.id, NEW.status);
