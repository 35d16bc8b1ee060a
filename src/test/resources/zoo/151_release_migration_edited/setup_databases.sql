-- a released migration edited afterwards: databases that applied it keep the old version
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);
