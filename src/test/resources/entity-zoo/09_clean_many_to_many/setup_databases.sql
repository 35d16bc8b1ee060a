CREATE TABLE article (
    id      bigint PRIMARY KEY,
    title   varchar(200) NOT NULL
);

CREATE TABLE tag (
    id      integer PRIMARY KEY,
    label   varchar(40) NOT NULL UNIQUE
);

CREATE TABLE article_tag (
    article_id  bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id      integer NOT NULL REFERENCES tag (id),
    PRIMARY KEY (article_id, tag_id)
);
