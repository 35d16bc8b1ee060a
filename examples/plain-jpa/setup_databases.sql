-- the library's schema as a fresh install creates it
CREATE TABLE author (
    id        bigint PRIMARY KEY,
    full_name varchar(120) NOT NULL
);
CREATE SEQUENCE author_seq INCREMENT BY 50;

CREATE TABLE book (
    id        bigint PRIMARY KEY,
    isbn      varchar(13) NOT NULL UNIQUE,
    title     text NOT NULL,
    author_id bigint NOT NULL REFERENCES author (id),
    published date
);
CREATE SEQUENCE book_seq INCREMENT BY 50;
