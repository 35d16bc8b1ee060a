CREATE TABLE IF NOT EXISTS accounts (
    id integer NOT NULL PRIMARY KEY,
    plan character varying(20) NOT NULL,
    CONSTRAINT accounts_plan_check CHECK (((plan)::text = ANY ((ARRAY['trial'::character varying, 'premium'::character varying])::text[])))
);
