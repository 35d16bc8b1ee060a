\c milestone
CREATE TABLE a (id int);
\connect "Other DB"
\c quoted";"
SELECT 1; \c last_db
\c MixedCase;
