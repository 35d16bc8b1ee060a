-- equivalent: statistics with every kind named or none, qualified or not, target set to the default
CREATE TABLE addresses (id bigint PRIMARY KEY, city text, zip text);
CREATE STATISTICS addresses_city_zip ON city, zip FROM addresses;
CREATE STATISTICS public.addresses_zip (ndistinct) ON zip, (lower(city)) FROM public.addresses;
