-- keeps the digits of each value; a value without any becomes 0
ALTER TABLE items ALTER COLUMN code TYPE integer
  USING coalesce(nullif(regexp_replace(code, '[^0-9]', '', 'g'), '')::integer, 0);
