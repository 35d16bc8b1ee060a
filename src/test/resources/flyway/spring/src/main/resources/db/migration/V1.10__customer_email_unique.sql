-- needs V1.9: 1.10 comes after 1.9, not between 1.1 and 1.2
CREATE UNIQUE INDEX customers_email_key ON customers (lower(email));
