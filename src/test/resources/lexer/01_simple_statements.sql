CREATE TABLE account (
  id bigint PRIMARY KEY,
  name text NOT NULL
);

INSERT INTO account VALUES (1, 'alice');
SELECT * FROM account;  SELECT 2;
