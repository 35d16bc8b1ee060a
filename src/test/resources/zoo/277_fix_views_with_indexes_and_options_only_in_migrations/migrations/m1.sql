-- a materialized view with a unique index (which sorts before it) and a security-barrier view
CREATE TABLE usage (org integer NOT NULL, month date NOT NULL, n integer);
CREATE MATERIALIZED VIEW monthly AS SELECT org, month, sum(n) AS total FROM usage GROUP BY org, month;
CREATE UNIQUE INDEX a_monthly_key ON monthly (org, month);
CREATE VIEW guarded WITH (security_barrier = true) AS SELECT org, total FROM monthly WHERE total > 0;
