CREATE TABLE IF NOT EXISTS discounts (id integer PRIMARY KEY, rate numeric(5,2));
