-- an undo migration: never part of an upgrade
DROP TABLE no_such_table;
