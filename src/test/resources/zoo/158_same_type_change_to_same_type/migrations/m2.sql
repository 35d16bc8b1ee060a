ALTER TABLE orders ALTER COLUMN status TYPE varchar(20);
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);
