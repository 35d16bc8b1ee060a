-- the primary key covers other columns
CREATE TABLE IF NOT EXISTS items (a integer NOT NULL, b integer NOT NULL, PRIMARY KEY (a));
