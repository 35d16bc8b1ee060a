/* header
   spanning lines */
-- and a line comment

   SELECT 1 /* kept */ -- kept too
   , 2;
