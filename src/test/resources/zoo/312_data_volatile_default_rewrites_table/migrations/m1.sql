ALTER TABLE items ADD COLUMN token double precision DEFAULT random();
