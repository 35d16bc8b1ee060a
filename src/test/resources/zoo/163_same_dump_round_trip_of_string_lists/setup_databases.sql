-- equivalent: a list of strings against a varchar column, written by hand and as pg_dump writes it back
CREATE TABLE accounts (
  id integer PRIMARY KEY,
  plan varchar(20) NOT NULL CONSTRAINT accounts_plan_check CHECK (plan IN ('trial', 'standard'))
);
CREATE INDEX accounts_paying_idx ON accounts (plan) WHERE plan IN ('standard', 'premium');
CREATE VIEW paying_accounts AS SELECT id, plan FROM accounts WHERE plan IN ('standard', 'premium');
