-- a list of strings that really differs stays a difference in the round-tripped spelling
CREATE TABLE accounts (
  id integer PRIMARY KEY,
  plan varchar(20) NOT NULL CONSTRAINT accounts_plan_check CHECK (plan IN ('trial', 'standard'))
);
