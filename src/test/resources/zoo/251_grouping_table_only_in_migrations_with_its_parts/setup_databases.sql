-- a table only the migrations create, with an identity key, two indexes, a trigger, row security and a policy: one root cause
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
