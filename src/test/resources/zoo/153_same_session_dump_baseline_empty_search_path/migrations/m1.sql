CREATE TABLE IF NOT EXISTS probe_table (id integer PRIMARY KEY);
