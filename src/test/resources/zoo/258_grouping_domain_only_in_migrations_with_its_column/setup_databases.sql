-- a domain only the migrations create and the column that uses it: the column's type difference is the domain's consequence
CREATE TABLE discounts (id integer PRIMARY KEY, rate numeric(5,2));
