CREATE TABLE IF NOT EXISTS book (
    id        bigint PRIMARY KEY,
    isbn      varchar(13) NOT NULL UNIQUE,
    title     text NOT NULL,
    author_id bigint NOT NULL REFERENCES author (id),
    published date
);
CREATE SEQUENCE IF NOT EXISTS book_seq INCREMENT BY 50;
