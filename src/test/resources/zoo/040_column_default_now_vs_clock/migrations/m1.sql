-- now() is not clock_timestamp(): the rule folds only spellings of the same value
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, v timestamptz DEFAULT clock_timestamp());
