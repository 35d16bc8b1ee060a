CREATE TABLE IF NOT EXISTS customers (id integer PRIMARY KEY, name text NOT NULL, email character varying(64) UNIQUE);
