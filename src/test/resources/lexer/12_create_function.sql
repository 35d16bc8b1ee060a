CREATE OR REPLACE FUNCTION public.touch_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$function$;

CREATE TRIGGER touch BEFORE UPDATE ON account
  FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1; SELECT 1';
