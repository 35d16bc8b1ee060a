-- A schema whose every table generated rows must satisfy: keys, checks, enums, domains, cycles.
CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE >= 0 AND VALUE <= 100);
CREATE TABLE sites (
  id serial PRIMARY KEY,
  code varchar(2) NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{2}$'),
  slug varchar(50) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9_]{1,50}$'),
  plan varchar(20) NOT NULL CHECK (plan IN ('trial', 'standard'))
);
CREATE TABLE people (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id integer NOT NULL REFERENCES sites (id),
  manager_id bigint REFERENCES people (id),
  email text NOT NULL,
  nick character varying(12),
  mood mood NOT NULL DEFAULT 'calm',
  share percent,
  active boolean NOT NULL DEFAULT true,
  starts_on date NOT NULL,
  ends_on date,
  done boolean NOT NULL DEFAULT false,
  done_at timestamp with time zone,
  note text,
  score integer,
  upper_email text GENERATED ALWAYS AS (upper(email)) STORED,
  CONSTRAINT people_period CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CONSTRAINT people_done CHECK (done = (done_at IS NOT NULL))
);
CREATE UNIQUE INDEX people_email_lower ON people (lower(email));
CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL, parent_id integer REFERENCES teams (id));
CREATE TABLE memberships (
  person_id bigint NOT NULL REFERENCES people (id),
  team_id integer NOT NULL REFERENCES teams (id),
  PRIMARY KEY (person_id, team_id)
);
CREATE TABLE links (
  a_id integer NOT NULL REFERENCES teams (id),
  b_id integer NOT NULL REFERENCES teams (id),
  CHECK (a_id <> b_id)
);
CREATE TABLE events (
  id uuid NOT NULL,
  happened_at timestamp NOT NULL,
  payload jsonb,
  raw bytea,
  tags text[],
  PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE TABLE events_all PARTITION OF events FOR VALUES FROM ('2000-01-01') TO ('2100-01-01');
