COMMENT ON TABLE items été IS 'x';
