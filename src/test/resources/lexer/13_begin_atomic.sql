CREATE FUNCTION add_one(i integer) RETURNS integer
LANGUAGE sql
BEGIN ATOMIC
  SELECT i + 1;
END;
CREATE OR REPLACE PROCEDURE insert_two()
LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO t VALUES (1);
  INSERT INTO t VALUES (2);
END;
create procedure lower_case() language sql begin atomic select 1; end;
SELECT add_one(1);
