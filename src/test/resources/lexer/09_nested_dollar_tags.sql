CREATE FUNCTION run_twice() RETURNS void LANGUAGE plpgsql AS $outer$
BEGIN
  EXECUTE $inner$ SELECT 1; SELECT 2; $inner$;
  RAISE NOTICE $msg$done; $outer is not the end$msg$;
END;
$outer$;
SELECT 'after';
