CREATE TABLE IF NOT EXISTS accounts (
    id integer NOT NULL PRIMARY KEY,
    plan character varying(20) NOT NULL,
    CONSTRAINT accounts_plan_check CHECK (((plan)::text = ANY ((ARRAY['trial'::character varying, 'standard'::character varying])::text[])))
);
CREATE INDEX IF NOT EXISTS accounts_paying_idx ON public.accounts USING btree (plan) WHERE ((plan)::text = ANY ((ARRAY['standard'::character varying, 'premium'::character varying])::text[]));
CREATE OR REPLACE VIEW paying_accounts AS
 SELECT accounts.id,
    accounts.plan
   FROM public.accounts
  WHERE ((accounts.plan)::text = ANY ((ARRAY['standard'::character varying, 'premium'::character varying])::text[]));
