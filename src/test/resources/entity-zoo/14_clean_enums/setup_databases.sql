CREATE TYPE order_state AS ENUM ('NEW', 'PAID', 'SHIPPED');
CREATE TYPE channel AS ENUM ('WEB', 'SHOP');

CREATE TABLE purchase (
    id          bigint PRIMARY KEY,
    state       order_state NOT NULL,
    channel     channel,
    priority    smallint NOT NULL,
    size        varchar(10),
    size_code   integer
);
