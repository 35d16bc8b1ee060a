-- Spring Boot's naming: camel case to snake case, join tables <owning table>_<attribute>
CREATE TABLE warehouse_location (
    id              bigint PRIMARY KEY,
    shelf_code      varchar(255) NOT NULL,
    max_weight_kg   integer NOT NULL,
    opened_on       date
);

CREATE TABLE stock_item (
    id                      bigint PRIMARY KEY,
    item_name               varchar(255),
    warehouse_location_id   bigint REFERENCES warehouse_location (id)
);

CREATE TABLE stock_item_alternatives (
    stock_item_id       bigint NOT NULL REFERENCES stock_item (id),
    alternatives_id     bigint NOT NULL REFERENCES stock_item (id),
    PRIMARY KEY (stock_item_id, alternatives_id)
);
