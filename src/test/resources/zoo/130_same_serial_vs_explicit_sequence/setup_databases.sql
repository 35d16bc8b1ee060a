-- equivalent: serial is an integer with an owned sequence and a nextval default
CREATE TABLE items (id serial PRIMARY KEY);
