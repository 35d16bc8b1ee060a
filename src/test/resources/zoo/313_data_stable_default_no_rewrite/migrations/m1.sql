ALTER TABLE items ADD COLUMN created_at timestamp with time zone NOT NULL DEFAULT now();
