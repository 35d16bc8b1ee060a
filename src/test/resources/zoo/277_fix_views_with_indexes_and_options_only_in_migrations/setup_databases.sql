-- a table only; the migration adds views over it
CREATE TABLE usage (org integer NOT NULL, month date NOT NULL, n integer);
