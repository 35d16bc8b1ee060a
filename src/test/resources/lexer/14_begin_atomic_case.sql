CREATE FUNCTION sign_text(i integer) RETURNS text
LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN i > 0 THEN 'positive' WHEN i < 0 THEN 'negative' ELSE 'zero' END;
  SELECT CASE i WHEN 0 THEN 'zero; really' END;
END;
CREATE FUNCTION in_parens(i integer) RETURNS integer LANGUAGE sql
RETURN (SELECT CASE WHEN i > 0 THEN 1 END);
SELECT CASE WHEN true THEN 1 END; SELECT 'case outside a routine';
