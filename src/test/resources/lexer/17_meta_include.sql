\i schema/base.sql
\include 'dir with space/x.sql'
\ir ../relative.sql
\include_relative sibling.sql;
SELECT 1;
