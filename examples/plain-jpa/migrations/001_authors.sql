CREATE TABLE IF NOT EXISTS author (
    id        bigint PRIMARY KEY,
    full_name varchar(120) NOT NULL
);
CREATE SEQUENCE IF NOT EXISTS author_seq INCREMENT BY 50;
