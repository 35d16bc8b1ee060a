ALTER TABLE items ADD COLUMN color text;
CREATE TABLE extra (id int);
