-- equivalent: transaction_timestamp() is now()
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, created_at timestamptz DEFAULT now());
