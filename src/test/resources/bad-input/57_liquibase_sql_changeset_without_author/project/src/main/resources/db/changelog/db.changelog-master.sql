--liquibase formatted sql

--changeset 1
CREATE TABLE items (id int);
