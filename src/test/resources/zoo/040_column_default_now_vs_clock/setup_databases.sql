-- now() is not clock_timestamp(): the rule folds only spellings of the same value
CREATE TABLE items (id integer PRIMARY KEY, v timestamptz DEFAULT now());
