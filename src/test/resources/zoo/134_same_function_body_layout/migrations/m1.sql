-- equivalent: function bodies that differ only in whitespace and comments
CREATE OR REPLACE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    -- VAT
    RETURN amount   *   1.19;  /* rate of 2024 */
END
$$;
