\c postgres
DROP TABLE IF EXISTS items;
