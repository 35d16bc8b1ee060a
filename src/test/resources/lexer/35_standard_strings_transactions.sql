-- SET LOCAL lasts until the end of its transaction block; a block that rolls back
-- (or back to a savepoint) undoes SET too.
BEGIN;
SET LOCAL standard_conforming_strings TO 'off';
SELECT 'inside: it\'s' AS a;
COMMIT;
SELECT 'after the block: \' AS b;
SET LOCAL standard_conforming_strings = off;
SELECT 'SET LOCAL outside a block does nothing: \' AS c;
BEGIN;
SET standard_conforming_strings = off;
SAVEPOINT s;
SET standard_conforming_strings = on;
SELECT 'on: \' AS d;
ROLLBACK TO SAVEPOINT s;
SELECT 'off again: it\'s' AS e;
ROLLBACK;
SELECT 'rolled back to on: \' AS f;
START TRANSACTION;
SET standard_conforming_strings = off;
COMMIT AND CHAIN;
SELECT 'committed: it\'s' AS g;
END;
DISCARD ALL;
SELECT 'discarded: \' AS h;
