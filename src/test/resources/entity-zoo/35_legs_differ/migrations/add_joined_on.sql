-- forgets NOT NULL: setup_databases.sql and the entity have it
ALTER TABLE member ADD COLUMN IF NOT EXISTS joined_on date;
