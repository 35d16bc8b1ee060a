-- widens email to what setup_databases.sql and the entity say
ALTER TABLE member ALTER COLUMN email TYPE varchar(120);
