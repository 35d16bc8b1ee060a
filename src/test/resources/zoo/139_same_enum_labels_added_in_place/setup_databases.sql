-- equivalent: labels added BEFORE/AFTER reach the same order
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
