-- extended statistics: one only in setup, one only in migrations, one on other columns, one with another target
CREATE TABLE IF NOT EXISTS addresses (id bigint PRIMARY KEY, city text, zip text, country text, street text);
CREATE STATISTICS IF NOT EXISTS addresses_country_city (ndistinct, mcv) ON country, street FROM addresses;
CREATE STATISTICS IF NOT EXISTS addresses_lower_city ON lower(city), country FROM addresses;
CREATE STATISTICS IF NOT EXISTS addresses_street_zip (mcv) ON street, zip FROM addresses;
