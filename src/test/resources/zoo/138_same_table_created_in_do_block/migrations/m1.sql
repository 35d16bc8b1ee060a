-- equivalent: a table created inside a DO block
DO $do$
BEGIN
  IF to_regclass('public.items') IS NULL THEN
    EXECUTE 'CREATE TABLE items (id integer PRIMARY KEY, name text)';
  END IF;
END
$do$;
