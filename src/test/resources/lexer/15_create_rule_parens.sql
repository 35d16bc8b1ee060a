CREATE RULE log_update AS ON UPDATE TO account
DO ALSO (
  INSERT INTO audit VALUES (old.id, 'update');
  UPDATE stats SET n = n + 1;
);
SELECT (1); SELECT ((2));
SELECT 1 ) ; SELECT 'a stray ) does not go below zero';
