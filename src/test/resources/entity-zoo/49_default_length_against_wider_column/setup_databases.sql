-- JPA's default length 255 against a wider column is a warning; an explicit length stays an error
CREATE TABLE article (
    id          bigint PRIMARY KEY,
    title       varchar(500),   -- no length in the mapping: warning
    summary     varchar(1000),  -- @Column without length: warning
    slug        varchar(200),   -- @Column(length = 120): error
    tag         varchar(100),   -- default 255 against a narrower column: error (writes fail)
    body        text            -- unbounded: silent
);
