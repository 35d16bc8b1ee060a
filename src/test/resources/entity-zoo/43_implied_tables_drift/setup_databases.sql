CREATE TABLE shape (
    id      bigint PRIMARY KEY,
    colour  varchar(20)
);

-- the JOINED subclass table lacks its key to the root table
CREATE TABLE circle (
    id      bigint PRIMARY KEY,
    radius  double precision NOT NULL
);

-- the secondary table's column is narrower than mapped
CREATE TABLE shape_style (
    shape_id    bigint PRIMARY KEY REFERENCES shape (id),
    pattern     varchar(10)
);

-- the collection table's value column has the wrong type
CREATE TABLE shape_label (
    shape_id    bigint NOT NULL REFERENCES shape (id),
    label       integer
);
