CREATE TABLE "weird;name" ("col""quote" int, "semi;colon" text);
SELECT "a--b", "/*x*/", "it's" FROM "weird;name";
SELECT "multi
line;ident" FROM t;
