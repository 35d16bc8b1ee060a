-- a domain only setup creates and the column that uses it: the column's type difference is the domain's consequence
CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE discounts (id integer PRIMARY KEY, rate percent);
