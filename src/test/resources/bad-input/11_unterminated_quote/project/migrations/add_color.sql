COMMENT ON TABLE items IS 'never closed;
