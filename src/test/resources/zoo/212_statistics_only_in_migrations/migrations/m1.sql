-- a statistics object and a statistics target that only the migrations create
CREATE TABLE IF NOT EXISTS addresses (id bigint PRIMARY KEY, city text, zip text);
CREATE STATISTICS IF NOT EXISTS addresses_city_zip (dependencies) ON city, zip FROM addresses;
ALTER STATISTICS addresses_city_zip SET STATISTICS 1000;
CREATE STATISTICS IF NOT EXISTS addresses_zip_city (mcv) ON zip, city FROM addresses;
