CREATE TABLE category (
    id      bigint PRIMARY KEY
);

CREATE TABLE product (
    id          bigint PRIMARY KEY,
    name        varchar(80) NOT NULL,
    category_id bigint NOT NULL REFERENCES category (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    sku         varchar(20) NOT NULL DEFAULT 'none',
    stock       integer NOT NULL
);
