-- extended statistics: one only in setup, one only in migrations, one on other columns, one with another target
CREATE TABLE addresses (id bigint PRIMARY KEY, city text, zip text, country text, street text);
CREATE STATISTICS addresses_city_zip (dependencies) ON city, zip FROM addresses;
CREATE STATISTICS addresses_country_city (ndistinct) ON country, city FROM addresses;
CREATE STATISTICS addresses_lower_city ON lower(city), country FROM addresses;
ALTER STATISTICS addresses_lower_city SET STATISTICS 500;
