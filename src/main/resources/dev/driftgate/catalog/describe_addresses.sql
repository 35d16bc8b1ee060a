-- Describes objects by address as they are now. ?, ?, ? = parallel arrays of address types, names and args
-- (names and args as text arrays encoded with array_to_json, since JDBC cannot bind arrays of arrays).
SELECT i AS ordinal,
       driftgate_audit.describe_address(t.type,
         ARRAY(SELECT json_array_elements_text(t.names::json)),
         ARRAY(SELECT json_array_elements_text(t.args::json))) AS description
FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t(type, names, args, i)
