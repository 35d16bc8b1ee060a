-- the same objects, names quoted where they need not be
CREATE TABLE "users" ("id" integer PRIMARY KEY, "email" text);
CREATE TABLE "Order Lines" ("ID" integer, "user" integer REFERENCES "users" ("id"));
CREATE INDEX "users_email" ON "users" ("email");
