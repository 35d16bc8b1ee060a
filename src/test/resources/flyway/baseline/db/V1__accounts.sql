CREATE SEQUENCE accounts_id_seq;
CREATE TABLE accounts (
  id bigint NOT NULL DEFAULT nextval('accounts_id_seq') PRIMARY KEY,
  email text NOT NULL
);
ALTER SEQUENCE accounts_id_seq OWNED BY accounts.id;
