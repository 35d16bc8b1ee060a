CREATE OR REPLACE VIEW account_notes AS
  SELECT a.email, count(n.id) AS notes
  FROM accounts a LEFT JOIN notes n ON n.account_id = a.id
  GROUP BY a.email;
