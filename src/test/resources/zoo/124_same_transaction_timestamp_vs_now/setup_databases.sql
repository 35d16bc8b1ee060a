-- equivalent: transaction_timestamp() is now()
CREATE TABLE items (id integer PRIMARY KEY, created_at timestamptz DEFAULT transaction_timestamp());
