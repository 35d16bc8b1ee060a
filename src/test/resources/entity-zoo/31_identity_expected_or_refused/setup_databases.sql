-- the mapping leaves the id to the database, but this column generates nothing
CREATE TABLE note (
    id      bigint PRIMARY KEY,
    text    varchar(200)
);

-- the mapping assigns ids itself, but this column refuses them
CREATE TABLE tag_value (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    value   varchar(40)
);
