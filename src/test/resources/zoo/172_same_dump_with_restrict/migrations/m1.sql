CREATE TABLE IF NOT EXISTS items (
  id integer PRIMARY KEY,
  name varchar(100),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
