CREATE TABLE author (
    id          bigint PRIMARY KEY,
    name        varchar(100) NOT NULL
);

CREATE TABLE profile (
    id          bigint PRIMARY KEY,
    bio         text
);

CREATE TABLE book (
    id          bigint PRIMARY KEY,
    title       varchar(200) NOT NULL,
    author_id   bigint NOT NULL REFERENCES author (id) ON DELETE CASCADE,
    editor_id   bigint REFERENCES author (id) ON DELETE SET NULL,
    profile_id  bigint UNIQUE REFERENCES profile (id)
);

CREATE INDEX book_author_id_idx ON book (author_id);
