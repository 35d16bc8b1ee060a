CREATE TABLE recipe (
    id      bigint PRIMARY KEY,
    name    varchar(100) NOT NULL
);

CREATE TABLE recipe_keyword (
    recipe_id   bigint NOT NULL REFERENCES recipe (id) ON DELETE CASCADE,
    keyword     varchar(30) NOT NULL
);

CREATE TABLE recipe_step (
    recipe_id   bigint NOT NULL REFERENCES recipe (id),
    position    integer NOT NULL,
    text        text NOT NULL,
    minutes     integer,
    PRIMARY KEY (recipe_id, position)
);
