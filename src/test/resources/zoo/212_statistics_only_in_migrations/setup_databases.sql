-- a statistics object and a statistics target that only the migrations create
CREATE TABLE addresses (id bigint PRIMARY KEY, city text, zip text);
CREATE STATISTICS addresses_city_zip (dependencies) ON city, zip FROM addresses;
