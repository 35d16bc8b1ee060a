-- equivalent: function bodies that differ only in whitespace and comments
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN amount * 1.19;
END
$$;
