-- the migration adds objects whose names need quoting; the fix script must create them all
CREATE TABLE "T" ("ID" integer NOT NULL);
