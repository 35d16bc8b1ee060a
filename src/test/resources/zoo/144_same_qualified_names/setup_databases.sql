-- equivalent: public.items and items are the same table
CREATE TABLE public.items (id integer PRIMARY KEY, owner_id integer);
CREATE INDEX idx_items_owner ON public.items (owner_id);
