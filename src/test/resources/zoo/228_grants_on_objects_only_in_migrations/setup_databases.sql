-- grants on a table, its identity sequence, a sequence and a function that only the migrations create
CREATE ROLE app_events NOLOGIN;
CREATE TABLE accounts (id bigint PRIMARY KEY);
