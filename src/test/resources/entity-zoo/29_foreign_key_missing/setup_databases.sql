CREATE TABLE warehouse (
    id      bigint PRIMARY KEY
);

CREATE TABLE supplier (
    id      bigint PRIMARY KEY
);

CREATE TABLE crate (
    id              bigint PRIMARY KEY,
    warehouse_id    bigint NOT NULL,
    supplier_id     bigint REFERENCES supplier (id),
    origin_id       bigint REFERENCES warehouse (id)
);

CREATE TABLE crate_supplier (
    crate_id        bigint NOT NULL REFERENCES crate (id),
    supplier_id     bigint NOT NULL,
    PRIMARY KEY (crate_id, supplier_id)
);
