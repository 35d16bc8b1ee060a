CREATE TABLE items (id int PRIMARY KEY, color text);
