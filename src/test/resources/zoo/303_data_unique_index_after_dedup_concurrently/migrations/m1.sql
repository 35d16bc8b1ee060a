DELETE FROM items a USING items b WHERE a.name = b.name AND a.id > b.id;
