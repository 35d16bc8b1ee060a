ALTER TABLE items ALTER COLUMN label TYPE character varying(200);
