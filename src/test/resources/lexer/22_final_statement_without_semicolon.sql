SELECT 1;
SELECT 2
  -- a trailing comment belongs to the final statement

