-- the same columns in another order: info only, PostgreSQL cannot reorder columns
CREATE TABLE items (id integer PRIMARY KEY, a text, b text);
