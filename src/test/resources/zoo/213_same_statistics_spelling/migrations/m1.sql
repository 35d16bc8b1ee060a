-- equivalent: statistics with every kind named or none, qualified or not, target set to the default
CREATE TABLE IF NOT EXISTS addresses (id bigint PRIMARY KEY, city text, zip text);
CREATE STATISTICS IF NOT EXISTS public.addresses_city_zip (ndistinct, dependencies, mcv) ON city, zip FROM public.addresses;
CREATE STATISTICS IF NOT EXISTS addresses_zip (ndistinct) ON zip, lower(city) FROM addresses;
ALTER STATISTICS addresses_zip SET STATISTICS -1;
